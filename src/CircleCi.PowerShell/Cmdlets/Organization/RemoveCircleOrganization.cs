using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Remove-CircleOrganization: deletes organizations with all their projects (DELETE /organization/{org-slug-or-id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleOrganization", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(OrganizationApi.DeleteOrganization), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleOrganizationCommand : CircleApiCmdlet
    {
        /// <summary>Organization slugs (gh/acme, circleci/&lt;id&gt;) or ids.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string[] OrgSlug { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string org in OrgSlug)
            {
                if (!ShouldProcess(org, "Delete organization and all its projects")) continue;
                ForItem(org, () =>
                {
                    var answer = Run(api => api.Organizations.DeleteOrganizationAsync(org));
                    WriteVerbose($"Organization {org}: {answer.Message}");
                });
            }
        }
    }
}
