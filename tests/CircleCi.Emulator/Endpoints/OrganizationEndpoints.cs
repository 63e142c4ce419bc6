using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Organization tag: create and delete organizations, and the URL orb allow-list.</summary>
public static class OrganizationEndpoints
{
    public const string NotFound = "Organization not found.";
    public const string Forbidden = "Permission denied.";

    /// <summary>Both route prefixes an {org-slug-or-id} takes: one segment (an id) or two (a slug such as gh/acme).</summary>
    public static readonly string[] OrgRoutes = { "/organization/{org}", "/organization/{vcs}/{name}" };

    /// <summary>The org-slug-or-id of a route mapped on <see cref="OrgRoutes"/>.</summary>
    public static string OrgFrom(HttpContext ctx)
    {
        var v = ctx.Request.RouteValues;
        return v.TryGetValue("org", out var org) && org is string s ? s : $"{v["vcs"]}/{v["name"]}";
    }

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapPost("/organization", async (HttpContext ctx) =>
        {
            var body = await ctx.Request.ReadFromJsonAsync<CreateOrgBody>(Json.Options);
            if (body?.Name is not { Length: > 0 } || body.VcsType is not ("github" or "bitbucket" or "circleci"))
                return Json.Error(400, "name and vcs_type (github, bitbucket or circleci) are required.");
            var user = Auth.User(ctx)!;
            lock (state.Sync)
            {
                var id = Guid.NewGuid();
                var slug = body.VcsType switch { "github" => "gh/" + body.Name, "bitbucket" => "bb/" + body.Name, _ => "circleci/" + id };
                if (state.Orgs.ContainsKey(slug)) return Json.Error(400, "Organization already exists.");
                state.Orgs[slug] = new OrgRecord { Id = id, VcsType = body.VcsType, Name = body.Name, Slug = slug, AvatarUrl = "" };
                user.OrgSlugs.Add(slug);
                return Json.Ok(new { id = id.ToString(), name = body.Name, slug, vcs_type = body.VcsType }, 201);
            }
        });

        foreach (var route in OrgRoutes)
        {
            api.V2.MapDelete(route, (HttpContext ctx) =>
            {
                if (Auth.User(ctx) is not { IsAdmin: true }) return Json.Error(403, Forbidden);
                if (state.FindOrg(OrgFrom(ctx)) is not { } org) return Json.Error(404, NotFound);
                lock (state.Sync)
                {
                    state.Orgs.Remove(org.Slug);
                    foreach (var u in state.Users.Values) u.OrgSlugs.Remove(org.Slug);
                    state.OrbAllowList.Remove(org.Id!.Value);
                }
                return Json.Ok(new { message = "Organization deleted." }, 202);
            });

            api.V2.MapGet(route + "/url-orb-allow-list", (HttpContext ctx) =>
            {
                if (state.FindOrg(OrgFrom(ctx)) is not { } org) return Json.Error(404, NotFound);
                lock (state.Sync)
                    return Json.Ok(new { items = state.OrbAllowList.GetValueOrDefault(org.Id!.Value)?.ToList() ?? new List<AllowListEntryRecord>() });
            });

            api.V2.MapPost(route + "/url-orb-allow-list", async (HttpContext ctx) =>
            {
                if (Auth.User(ctx) is not { IsAdmin: true }) return Json.Error(403, Forbidden);
                if (state.FindOrg(OrgFrom(ctx)) is not { } org) return Json.Error(404, NotFound);
                var body = await ctx.Request.ReadFromJsonAsync<AllowListBody>(Json.Options);
                if (body?.Name is not { Length: > 0 } || body.Prefix is not { Length: > 0 } || body.Auth is not ("none" or "github-oauth" or "bitbucket-oauth" or "github-app"))
                    return Json.Error(400, "name, prefix and auth are required.");
                var entry = new AllowListEntryRecord { Id = Guid.NewGuid().ToString(), Name = body.Name, Prefix = body.Prefix, Auth = body.Auth };
                lock (state.Sync)
                {
                    if (!state.OrbAllowList.TryGetValue(org.Id!.Value, out var list)) state.OrbAllowList[org.Id.Value] = list = new();
                    list.Add(entry);
                }
                return Json.Ok(new { id = entry.Id, message = "URL orb allow-list entry created." });
            });

            api.V2.MapDelete(route + "/url-orb-allow-list/{entry}", (HttpContext ctx, string entry) =>
            {
                if (Auth.User(ctx) is not { IsAdmin: true }) return Json.Error(403, Forbidden);
                if (state.FindOrg(OrgFrom(ctx)) is not { } org) return Json.Error(404, NotFound);
                lock (state.Sync)
                {
                    var list = state.OrbAllowList.GetValueOrDefault(org.Id!.Value);
                    if (list is null || list.RemoveAll(e => e.Id == entry) == 0) return Json.Error(404, "URL orb allow-list entry not found.");
                }
                return Json.Ok(new { id = entry, message = "URL orb allow-list entry removed." });
            });
        }
    }

    private sealed record CreateOrgBody(string? Name, string? VcsType);

    private sealed record AllowListBody(string? Name, string? Prefix, string? Auth);
}
