using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Get-CircleUrlOrbAllowList: the URL prefixes an organization may import orbs from (GET /organization/{org}/url-orb-allow-list).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleUrlOrbAllowList")]
    [OutputType(typeof(UrlOrbAllowListEntry))]
    [CircleApiOperation(nameof(OrganizationApi.ListURLOrbAllowListEntries), Model = typeof(UrlOrbAllowList))]
    public sealed class GetCircleUrlOrbAllowListCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string[] OrgSlug { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string org in OrgSlug)
            {
                ForItem(org, () =>
                {
                    UrlOrbAllowList list = Run(api => api.Organizations.ListURLOrbAllowListEntriesAsync(org));
                    foreach (UrlOrbAllowListEntry entry in list.Items)
                    {
                        entry.OrgSlug = org;
                        WriteObject(entry);
                    }
                });
            }
        }
    }
}
