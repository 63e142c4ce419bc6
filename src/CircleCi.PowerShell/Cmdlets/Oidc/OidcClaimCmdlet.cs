using System;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Oidc
{
    /// <summary>The organization (and optional project) the OIDC claims cmdlets work on, and the one call they make.</summary>
    public abstract class OidcClaimCmdlet : CircleApiCmdlet
    {
        /// <summary>The organization id; binds from a project's OrganizationId too.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("OrganizationId")]
        public Guid OrgId { get; set; }

        /// <summary>A project of the organization: its claims instead of the organization's.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid? ProjectId { get; set; }

        internal string Target => ProjectId.HasValue ? $"OIDC claims of project {ProjectId}" : $"OIDC claims of organization {OrgId}";

        /// <summary>Calls the organization's operation, or the project's with -ProjectId, and writes the claims it answers.</summary>
        internal void Call(Func<OidcApi, Guid, Task<OidcClaims>> forOrg, Func<OidcApi, Guid, Guid, Task<OidcClaims>> forProject)
        {
            Guid org = OrgId;
            Guid? project = ProjectId;
            ForItem(Target, () => WriteObject(Run(api => project.HasValue ? forProject(api.Oidc, org, project.Value) : forOrg(api.Oidc, org))));
        }
    }
}
