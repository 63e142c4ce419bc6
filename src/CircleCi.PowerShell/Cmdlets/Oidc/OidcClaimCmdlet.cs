using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
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

        /// <summary>Calls the organization's or the project's operation and writes the claims it answers.</summary>
        internal void Call(HttpMethod method, string? query, JsonObject? body, string orgOperation, string projectOperation)
        {
            string uri = ProjectId.HasValue ? $"org/{OrgId:D}/project/{ProjectId:D}/oidc-custom-claims" : $"org/{OrgId:D}/oidc-custom-claims";
            if (query != null) uri += "?" + query;
            string operation = ProjectId.HasValue ? projectOperation : orgOperation;
            ForItem(Target, () => WriteObject(method == HttpMethod.Get
                ? GetJson(uri, OidcJson.Default.OidcClaims, operation)
                : SendJson(method, uri, body, OidcJson.Default.OidcClaims, operation)));
        }
    }
}
