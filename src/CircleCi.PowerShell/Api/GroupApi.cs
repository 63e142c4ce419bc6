using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private GroupApi? _groups;
        public GroupApi Groups => _groups ??= new GroupApi(this);
    }

    /// <summary>The Groups operations of openapi-v2.json.</summary>
    public sealed class GroupApi
    {
        internal static readonly ApiRoute GetOrganizationGroups = ApiRoute.Get("getOrganizationGroups", "/organizations/{org_id}/groups");
        internal static readonly ApiRoute CreateOrganizationGroup = ApiRoute.Post("createOrganizationGroup", "/organizations/{org_id}/groups");
        internal static readonly ApiRoute GetGroup = ApiRoute.Get("getGroup", "/organizations/{org_id}/groups/{group_id}");
        internal static readonly ApiRoute DeleteGroup = ApiRoute.Delete("deleteGroup", "/organizations/{org_id}/groups/{group_id}");

        private readonly CircleApi _api;

        internal GroupApi(CircleApi api) => _api = api;

        /// <summary><paramref name="limit"/>: groups per page.</summary>
        public Task<PagedResponse<Group>> GetOrganizationGroupsAsync(Guid orgId, long? limit = null, string? pageToken = null) =>
            _api.CallAsync(GetOrganizationGroups.Path(orgId).Query("limit", limit).Query("page-token", pageToken), GroupJson.Default.PagedResponseGroup);

        public Task<Group> CreateOrganizationGroupAsync(Guid orgId, CreateOrganizationGroupRequest body) =>
            _api.CallAsync(CreateOrganizationGroup.Path(orgId), body, GroupRequestJson.Default.CreateOrganizationGroupRequest, GroupJson.Default.Group);

        public Task<Group> GetGroupAsync(Guid orgId, Guid groupId) =>
            _api.CallAsync(GetGroup.Path(orgId, groupId), GroupJson.Default.Group);

        public Task<MessageResponse> DeleteGroupAsync(Guid orgId, Guid groupId) =>
            _api.CallAsync(DeleteGroup.Path(orgId, groupId), CommonJson.Default.MessageResponse);
    }
}
