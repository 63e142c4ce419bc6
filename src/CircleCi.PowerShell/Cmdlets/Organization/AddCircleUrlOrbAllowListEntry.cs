using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Add-CircleUrlOrbAllowListEntry: allows orbs imported from a URL prefix (POST /organization/{org}/url-orb-allow-list).</summary>
    [Cmdlet(VerbsCommon.Add, "CircleUrlOrbAllowListEntry", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(UrlOrbAllowListEntry))]
    [CircleApiOperation(nameof(OrganizationApi.CreateURLOrbAllowListEntry), Model = typeof(IdMessageResponse))]
    public sealed class AddCircleUrlOrbAllowListEntryCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string OrgSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern("^https://")]
        public string Prefix { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("none", "github-oauth", "bitbucket-oauth", "github-app")]
        public string Auth { get; set; } = "none";

        protected override void ProcessRecord()
        {
            if (!ShouldProcess(OrgSlug, $"Allow orbs from {Prefix}")) return;
            var body = new CreateURLOrbAllowListEntryRequest { Name = Name, Prefix = Prefix, Auth = Auth };
            ForItem(Prefix, () =>
            {
                IdMessageResponse answer = Run(api => api.Organizations.CreateURLOrbAllowListEntryAsync(OrgSlug, body));
                WriteObject(new UrlOrbAllowListEntry { Id = answer.Id, Name = Name, Prefix = Prefix, Auth = Auth, OrgSlug = OrgSlug });
            });
        }
    }
}
