using System;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Oidc
{
    /// <summary>Remove-CircleOidcClaim: removes custom claims, so tokens use CircleCI's defaults again.</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleOidcClaim", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(OidcClaims))]
    [CircleApiOperation(nameof(OidcApi.DeleteOrgClaims))]
    [CircleApiOperation(nameof(OidcApi.DeleteProjectClaims))]
    public sealed class RemoveCircleOidcClaimCommand : OidcClaimCmdlet
    {
        [Parameter(Mandatory = true)]
        [ValidateSet("audience", "ttl")]
        public string[] Claim { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            string claims = string.Join(",", Claim.Select(c => c.ToLowerInvariant()).Distinct());
            if (!ShouldProcess(Target, "Remove " + claims)) return;
            Call((oidc, org) => oidc.DeleteOrgClaimsAsync(org, claims), (oidc, org, project) => oidc.DeleteProjectClaimsAsync(org, project, claims));
        }
    }
}
