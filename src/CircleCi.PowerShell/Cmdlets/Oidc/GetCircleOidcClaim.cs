using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Oidc
{
    /// <summary>Get-CircleOidcClaim: the custom OIDC claims of an organization or project.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleOidcClaim")]
    [OutputType(typeof(OidcClaims))]
    [CircleApiOperation("GetOrgClaims")]
    [CircleApiOperation("GetProjectClaims")]
    public sealed class GetCircleOidcClaimCommand : OidcClaimCmdlet
    {
        protected override void ProcessRecord() => Call(HttpMethod.Get, null, null, "GetOrgClaims", "GetProjectClaims");
    }
}
