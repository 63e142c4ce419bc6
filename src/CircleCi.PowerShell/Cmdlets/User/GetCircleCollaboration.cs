using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.User
{
    /// <summary>Get-CircleCollaboration: the organizations the signed-in user belongs to (GET /me/collaborations).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleCollaboration")]
    [OutputType(typeof(Collaboration))]
    [CircleApiOperation(nameof(UserApi.GetCollaborations))]
    public sealed class GetCircleCollaborationCommand : CircleApiCmdlet
    {
        protected override void EndProcessing()
        {
            ForItem("me/collaborations", () =>
            {
                var orgs = Run(api => api.Users.GetCollaborationsAsync());
                foreach (Collaboration org in orgs)
                {
                    CurrentSession.Cache.Remember(SessionCache.OrgSlugs, org.Slug);
                    WriteObject(org);
                }
            });
        }
    }
}
