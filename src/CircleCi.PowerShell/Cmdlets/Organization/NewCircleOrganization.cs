using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>New-CircleOrganization: creates an organization (POST /organization).</summary>
    [Cmdlet(VerbsCommon.New, "CircleOrganization", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Organization))]
    [CircleApiOperation(nameof(OrganizationApi.CreateOrganization))]
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
            ForItem(Name, () => WriteObject(Run(api => api.Organizations.CreateOrganizationAsync(Name, VcsType))));
        }
    }
}
