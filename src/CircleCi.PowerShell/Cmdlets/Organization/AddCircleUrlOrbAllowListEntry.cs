using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Organization
{
    /// <summary>Add-CircleUrlOrbAllowListEntry: allows orbs imported from a URL prefix (POST /organization/{org}/url-orb-allow-list).</summary>
    [Cmdlet(VerbsCommon.Add, "CircleUrlOrbAllowListEntry", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(UrlOrbAllowListEntry))]
    [CircleApiOperation("createURLOrbAllowListEntry", Model = typeof(IdMessageResponse))]
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
            var body = new JsonObject { ["name"] = Name, ["prefix"] = Prefix, ["auth"] = Auth };
            ForItem(Prefix, () =>
            {
                var answer = SendJson(HttpMethod.Post, $"organization/{OrgSlug}/url-orb-allow-list", body,
                    OrganizationJson.Default.IdMessageResponse, "createURLOrbAllowListEntry");
                WriteObject(new UrlOrbAllowListEntry { Id = answer.Id, Name = Name, Prefix = Prefix, Auth = Auth, OrgSlug = OrgSlug });
            });
        }
    }
}
