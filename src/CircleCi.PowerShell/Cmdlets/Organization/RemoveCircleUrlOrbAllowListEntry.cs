using System;
using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Remove-CircleUrlOrbAllowListEntry: removes allow-list entries (DELETE /organization/{org}/url-orb-allow-list/{id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleUrlOrbAllowListEntry", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation("removeURLOrbAllowListEntry", Model = typeof(IdMessageResponse))]
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
                    IdMessageResponse answer = SendJson(HttpMethod.Delete, $"organization/{OrgSlug}/url-orb-allow-list/{Uri.EscapeDataString(id)}", null,
                        OrganizationJson.Default.IdMessageResponse, "removeURLOrbAllowListEntry");
                    WriteVerbose($"{OrgSlug}: {answer.Message}");
                });
            }
        }
    }
}
