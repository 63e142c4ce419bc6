using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>New-CircleOrganization: creates an organization (POST /organization).</summary>
    [Cmdlet(VerbsCommon.New, "CircleOrganization", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Organization))]
    [CircleApiOperation("createOrganization")]
    public sealed class NewCircleOrganizationCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("circleci", "github", "bitbucket")]
        public string VcsType { get; set; } = "circleci";

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"{Name} ({VcsType})", "Create organization")) return;
            var body = new JsonObject { ["name"] = Name, ["vcs_type"] = VcsType };
            ForItem(Name, () => WriteObject(SendJson(HttpMethod.Post, "organization", body, OrganizationJson.Default.Organization, "createOrganization")));
        }
    }
}
