using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private OrganizationApi? _organizations;
        public OrganizationApi Organizations => _organizations ??= new OrganizationApi(this);
    }

    /// <summary>The Organization operations of openapi-v2.json. An {org-slug-or-id} is an id or a slug such as gh/acme.</summary>
    public sealed class OrganizationApi
    {
        internal static readonly ApiRoute CreateOrganization = ApiRoute.Post("createOrganization", "/organization");
        internal static readonly ApiRoute DeleteOrganization = ApiRoute.Delete("deleteOrganization", "/organization/{org-slug-or-id}");
        internal static readonly ApiRoute ListURLOrbAllowListEntries =
            ApiRoute.Get("listURLOrbAllowListEntries", "/organization/{org-slug-or-id}/url-orb-allow-list");
        internal static readonly ApiRoute CreateURLOrbAllowListEntry =
            ApiRoute.Post("createURLOrbAllowListEntry", "/organization/{org-slug-or-id}/url-orb-allow-list");
        internal static readonly ApiRoute RemoveURLOrbAllowListEntry =
            ApiRoute.Delete("removeURLOrbAllowListEntry", "/organization/{org-slug-or-id}/url-orb-allow-list/{allow-list-entry-id}");

        private readonly CircleApi _api;

        internal OrganizationApi(CircleApi api) => _api = api;

        /// <summary><paramref name="vcsType"/>: circleci, github or bitbucket.</summary>
        public Task<Organization> CreateOrganizationAsync(string name, string vcsType) =>
            _api.CallAsync(CreateOrganization.Path(), new CreateOrganizationRequest { Name = name, VcsType = vcsType },
                OrganizationRequestJson.Default.CreateOrganizationRequest, OrganizationJson.Default.Organization);

        public Task<MessageResponse> DeleteOrganizationAsync(string orgSlugOrId) =>
            _api.CallAsync(DeleteOrganization.Path(orgSlugOrId), CommonJson.Default.MessageResponse);

        public Task<UrlOrbAllowList> ListURLOrbAllowListEntriesAsync(string orgSlugOrId) =>
            _api.CallAsync(ListURLOrbAllowListEntries.Path(orgSlugOrId), OrganizationJson.Default.UrlOrbAllowList);

        public Task<IdMessageResponse> CreateURLOrbAllowListEntryAsync(string orgSlugOrId, CreateURLOrbAllowListEntryRequest body) =>
            _api.CallAsync(CreateURLOrbAllowListEntry.Path(orgSlugOrId), body, OrganizationRequestJson.Default.CreateURLOrbAllowListEntryRequest,
                OrganizationJson.Default.IdMessageResponse);

        public Task<IdMessageResponse> RemoveURLOrbAllowListEntryAsync(string orgSlugOrId, string entryId) =>
            _api.CallAsync(RemoveURLOrbAllowListEntry.Path(orgSlugOrId, entryId), OrganizationJson.Default.IdMessageResponse);
    }
}
