using System;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Oidc
{
    /// <summary>Set-CircleOidcClaim: sets the audience and/or token lifetime of an organization's or project's OIDC tokens.</summary>
    [Cmdlet(VerbsCommon.Set, "CircleOidcClaim", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OidcClaims))]
    [CircleApiOperation(nameof(OidcApi.PatchOrgClaims))]
    [CircleApiOperation(nameof(OidcApi.PatchProjectClaims))]
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
            var body = new PatchClaimsRequest { Audience = Audience?.ToList(), Ttl = Ttl };
            string[] claims = new[] { Audience != null ? "audience" : null, Ttl != null ? "ttl" : null }.OfType<string>().ToArray();
            if (!ShouldProcess(Target, "Set " + string.Join(" and ", claims))) return;
            Call((oidc, org) => oidc.PatchOrgClaimsAsync(org, body), (oidc, org, project) => oidc.PatchProjectClaimsAsync(org, project, body));
        }
    }
}
