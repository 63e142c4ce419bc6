using System;
using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Remove-CircleOrganization: deletes organizations with all their projects (DELETE /organization/{org-slug-or-id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleOrganization", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation("deleteOrganization", Model = typeof(Models.MessageResponse))]
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
                    var answer = SendJson(HttpMethod.Delete, "organization/" + org, null, CommonJson.Default.MessageResponse, "deleteOrganization");
                    WriteVerbose($"Organization {org}: {answer.Message}");
                });
            }
        }
    }
}
