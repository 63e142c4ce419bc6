using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private OidcApi? _oidc;
        public OidcApi Oidc => _oidc ??= new OidcApi(this);
    }

    /// <summary>The OIDC Token Management operations of openapi-v2.json: custom claims of an organization or a project.</summary>
    public sealed class OidcApi
    {
        internal static readonly ApiRoute GetOrgClaims = ApiRoute.Get("GetOrgClaims", "/org/{orgID}/oidc-custom-claims");
        internal static readonly ApiRoute PatchOrgClaims = ApiRoute.Patch("PatchOrgClaims", "/org/{orgID}/oidc-custom-claims");
        internal static readonly ApiRoute DeleteOrgClaims = ApiRoute.Delete("DeleteOrgClaims", "/org/{orgID}/oidc-custom-claims");
        internal static readonly ApiRoute GetProjectClaims = ApiRoute.Get("GetProjectClaims", "/org/{orgID}/project/{projectID}/oidc-custom-claims");
        internal static readonly ApiRoute PatchProjectClaims = ApiRoute.Patch("PatchProjectClaims", "/org/{orgID}/project/{projectID}/oidc-custom-claims");
        internal static readonly ApiRoute DeleteProjectClaims = ApiRoute.Delete("DeleteProjectClaims", "/org/{orgID}/project/{projectID}/oidc-custom-claims");

        private readonly CircleApi _api;

        internal OidcApi(CircleApi api) => _api = api;

        public Task<OidcClaims> GetOrgClaimsAsync(Guid orgId) =>
            _api.CallAsync(GetOrgClaims.Path(orgId), OidcJson.Default.OidcClaims);

        public Task<OidcClaims> PatchOrgClaimsAsync(Guid orgId, PatchClaimsRequest body) =>
            _api.CallAsync(PatchOrgClaims.Path(orgId), body, OidcRequestJson.Default.PatchClaimsRequest, OidcJson.Default.OidcClaims);

        /// <summary><paramref name="claims"/>: the claims to remove, comma-separated ("audience", "ttl" or "audience,ttl").</summary>
        public Task<OidcClaims> DeleteOrgClaimsAsync(Guid orgId, string claims) =>
            _api.CallAsync(DeleteOrgClaims.Path(orgId).Query("claims", claims), OidcJson.Default.OidcClaims);

        public Task<OidcClaims> GetProjectClaimsAsync(Guid orgId, Guid projectId) =>
            _api.CallAsync(GetProjectClaims.Path(orgId, projectId), OidcJson.Default.OidcClaims);

        public Task<OidcClaims> PatchProjectClaimsAsync(Guid orgId, Guid projectId, PatchClaimsRequest body) =>
            _api.CallAsync(PatchProjectClaims.Path(orgId, projectId), body, OidcRequestJson.Default.PatchClaimsRequest, OidcJson.Default.OidcClaims);

        /// <summary><paramref name="claims"/>: the claims to remove, comma-separated ("audience", "ttl" or "audience,ttl").</summary>
        public Task<OidcClaims> DeleteProjectClaimsAsync(Guid orgId, Guid projectId, string claims) =>
            _api.CallAsync(DeleteProjectClaims.Path(orgId, projectId).Query("claims", claims), OidcJson.Default.OidcClaims);
    }
}
