using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Oidc
{
    /// <summary>Get-CircleOidcClaim: the custom OIDC claims of an organization or project.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleOidcClaim")]
    [OutputType(typeof(OidcClaims))]
    [CircleApiOperation(nameof(OidcApi.GetOrgClaims))]
    [CircleApiOperation(nameof(OidcApi.GetProjectClaims))]
    public sealed class GetCircleOidcClaimCommand : OidcClaimCmdlet
    {
        protected override void ProcessRecord() =>
            Call((oidc, org) => oidc.GetOrgClaimsAsync(org), (oidc, org, project) => oidc.GetProjectClaimsAsync(org, project));
    }
}
