using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Remove-CircleUrlOrbAllowListEntry: removes allow-list entries (DELETE /organization/{org}/url-orb-allow-list/{id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleUrlOrbAllowListEntry", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(OrganizationApi.RemoveURLOrbAllowListEntry), Model = typeof(IdMessageResponse))]
    public sealed class RemoveCircleUrlOrbAllowListEntryCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string OrgSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] EntryId { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string id in EntryId)
            {
                if (!ShouldProcess($"{OrgSlug} allow-list entry {id}", "Remove")) continue;
                ForItem(id, () =>
                {
                    IdMessageResponse answer = Run(api => api.Organizations.RemoveURLOrbAllowListEntryAsync(OrgSlug, id));
                    WriteVerbose($"{OrgSlug}: {answer.Message}");
                });
            }
        }
    }
}
