using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>New-CircleContext: creates contexts in an organization (POST /context).</summary>
    [Cmdlet(VerbsCommon.New, "CircleContext", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = SlugSet)]
    [OutputType(typeof(Models.Context))]
    [CircleApiOperation(nameof(ContextApi.CreateContext))]
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
                // CircleCI refuses a blank name (with a status createContext does not document): say so before sending.
                if (string.IsNullOrWhiteSpace(name))
                {
                    WriteInvalidArgument("CircleCi.InvalidContextName", "A context name cannot be blank.", name);
                    continue;
                }
                if (!ShouldProcess($"{owner}: {name}", "Create context")) continue;
                var body = new CreateContextRequest
                {
                    Name = name,
                    Owner = ParameterSetName == SlugSet ? ContextOwner.BySlug(OrgSlug) : ContextOwner.ById(OwnerId, OwnerType),
                };
                ForItem(name, () => WriteObject(Run(api => api.Contexts.CreateContextAsync(body))));
            }
        }
    }
}
