using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>New-CircleContext: creates contexts in an organization (POST /context).</summary>
    [Cmdlet(VerbsCommon.New, "CircleContext", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SlugSet)]
    [OutputType(typeof(Models.Context))]
    [CircleApiOperation("createContext")]
    public sealed class NewCircleContextCommand : CircleApiCmdlet
    {
        private const string SlugSet = "ByOwnerSlug";
        private const string OwnerIdSet = "ByOwnerId";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = SlugSet, ValueFromPipelineByPropertyName = true)]
        [Alias("OwnerSlug", "OrganizationSlug")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string OrgSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = OwnerIdSet)]
        public Guid OwnerId { get; set; }

        [Parameter(ParameterSetName = OwnerIdSet)]
        [ValidateSet("organization", "account")]
        public string OwnerType { get; set; } = "organization";

        protected override void ProcessRecord()
        {
            string owner = ParameterSetName == SlugSet ? OrgSlug : OwnerId.ToString("D");
            foreach (string name in Name)
            {
                if (!ShouldProcess($"{owner}: {name}", "Create context")) continue;
                var ownerBody = ParameterSetName == SlugSet
                    ? new JsonObject { ["slug"] = OrgSlug, ["type"] = "organization" }
                    : new JsonObject { ["id"] = OwnerId.ToString("D"), ["type"] = OwnerType };
                ForItem(name, () => WriteObject(SendJson(HttpMethod.Post, "context", new JsonObject { ["name"] = name, ["owner"] = ownerBody },
                    ContextJson.Default.Context, "createContext")));
            }
        }
    }
}
