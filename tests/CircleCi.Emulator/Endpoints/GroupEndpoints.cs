using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Groups tag: list (paged by limit), create, get and delete an organization's groups.</summary>
public static class GroupEndpoints
{
    public const string GroupNotFound = "Group not found.";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        const string root = "/organizations/{orgId}/groups";

        api.V2.MapGet(root, (HttpContext ctx, string orgId) =>
        {
            if (state.FindOrg(orgId) is not { } org) return Json.Error(404, OrganizationEndpoints.NotFound);
            lock (state.Sync)
                return CountedPaging.Page(ctx, state.GroupsOf(org).ToList(), "groups|" + org.Id, "limit", api.PageSize, withTotal: true);
        });

        api.V2.MapPost(root, async (HttpContext ctx, string orgId) =>
        {
            if (Auth.User(ctx) is not { IsAdmin: true }) return Json.Error(403, OrganizationEndpoints.Forbidden);
            if (state.FindOrg(orgId) is not { } org) return Json.Error(404, OrganizationEndpoints.NotFound);
            var body = await ctx.Request.ReadFromJsonAsync<GroupBody>(Json.Options);
            if (body?.Name is not { Length: > 0 }) return Json.Error(400, "name is required.");
            lock (state.Sync)
            {
                var groups = state.GroupsOf(org);
                if (groups.Any(g => string.Equals(g.Name, body.Name, StringComparison.OrdinalIgnoreCase)))
                    return Json.Error(409, "A group with this name already exists.");
                var group = new GroupRecord { Id = Guid.NewGuid(), Name = body.Name, Description = body.Description ?? "" };
                groups.Add(group);
                return Json.Ok(group, 201);
            }
        });

        api.V2.MapGet(root + "/{groupId}", (string orgId, string groupId) =>
        {
            if (state.FindOrg(orgId) is not { } org) return Json.Error(404, OrganizationEndpoints.NotFound);
            lock (state.Sync)
                return state.GroupsOf(org).FirstOrDefault(g => g.Id.ToString() == groupId) is { } group
                    ? Json.Ok(group) : Json.Error(404, GroupNotFound);
        });

        api.V2.MapDelete(root + "/{groupId}", (HttpContext ctx, string orgId, string groupId) =>
        {
            if (Auth.User(ctx) is not { IsAdmin: true }) return Json.Error(403, OrganizationEndpoints.Forbidden);
            if (state.FindOrg(orgId) is not { } org) return Json.Error(404, OrganizationEndpoints.NotFound);
            lock (state.Sync)
                return state.GroupsOf(org).RemoveAll(g => g.Id.ToString() == groupId) > 0
                    ? Json.Ok(new { message = "Group deleted." }) : Json.Error(404, GroupNotFound);
        });
    }

    private sealed record GroupBody(string? Name, string? Description);
}
