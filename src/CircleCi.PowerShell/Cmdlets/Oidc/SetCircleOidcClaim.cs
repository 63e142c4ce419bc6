using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Oidc
{
    /// <summary>Set-CircleOidcClaim: sets the audience and/or token lifetime of an organization's or project's OIDC tokens.</summary>
    [Cmdlet(VerbsCommon.Set, "CircleOidcClaim", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OidcClaims))]
    [CircleApiOperation("PatchOrgClaims")]
    [CircleApiOperation("PatchProjectClaims")]
    public sealed class SetCircleOidcClaimCommand : OidcClaimCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Audience { get; set; }

        /// <summary>Token lifetime as CircleCI writes it: a number and m or h, e.g. 30m, 1h.</summary>
        [Parameter]
        [ValidatePattern(@"^\d+(m|h)$")]
        public string? Ttl { get; set; }

        protected override void ProcessRecord()
        {
            if (Audience == null && Ttl == null)
                ThrowInvalidArgument("CircleCi.NothingToSet", "Give -Audience, -Ttl or both.", Target);
            var body = new JsonObject();
            if (Audience != null) body["audience"] = new JsonArray(Audience.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
            if (Ttl != null) body["ttl"] = Ttl;
            if (!ShouldProcess(Target, "Set " + string.Join(" and ", body.Select(p => p.Key)))) return;
            Call(new HttpMethod("PATCH"), null, body, "PatchOrgClaims", "PatchProjectClaims");
        }
    }
}
