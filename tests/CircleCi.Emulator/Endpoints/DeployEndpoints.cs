using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Deploy tag: environments and components (org-id and page-size required), component versions.</summary>
public static class DeployEndpoints
{
    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet("/deploy/environments", (HttpContext ctx) =>
        {
            if (OrgQuery(ctx) is not { } org) return Json.Error(400, "org-id and page-size are required.");
            lock (state.Sync)
                return CountedPaging.Page(ctx, state.DeployEnvironments.Where(e => e.OrgId == org).ToList(), "environments|" + org, "page-size", 0, withTotal: false);
        });

        api.V2.MapGet("/deploy/environments/{id}", (string id) =>
        {
            lock (state.Sync)
                return state.DeployEnvironments.FirstOrDefault(e => e.Id.ToString() == id) is { } env ? Json.Ok(env) : Json.Error(404, "Environment not found.");
        });

        api.V2.MapGet("/deploy/components", (HttpContext ctx) =>
        {
            if (OrgQuery(ctx) is not { } org) return Json.Error(400, "org-id and page-size are required.");
            var project = ctx.Request.Query["project-id"].ToString();
            lock (state.Sync)
            {
                var list = state.DeployComponents.Where(c => c.OrgId == org && (project.Length == 0 || c.ProjectId.ToString() == project)).ToList();
                return CountedPaging.Page(ctx, list, $"components|{org}|{project}", "page-size", 0, withTotal: false);
            }
        });

        api.V2.MapGet("/deploy/components/{id}", (string id) =>
        {
            lock (state.Sync)
                return state.DeployComponents.FirstOrDefault(c => c.Id.ToString() == id) is { } c ? Json.Ok(c) : Json.Error(404, "Component not found.");
        });

        api.V2.MapGet("/deploy/components/{id}/versions", (HttpContext ctx, string id) =>
        {
            var env = ctx.Request.Query["environment-id"].ToString();
            lock (state.Sync)
            {
                if (!state.DeployComponents.Any(c => c.Id.ToString() == id)) return Json.Error(404, "Component not found.");
                var list = state.ComponentVersions.Where(v => v.ComponentId.ToString() == id && (env.Length == 0 || v.EnvironmentId.ToString() == env)).ToList();
                return Paging.Page(ctx, list, $"versions|{id}|{env}", api.PageSize);
            }
        });
    }

    /// <summary>The required org-id, when page-size is also given (the API requires both).</summary>
    private static Guid? OrgQuery(HttpContext ctx) =>
        Guid.TryParse(ctx.Request.Query["org-id"].ToString(), out var org) && ctx.Request.Query.ContainsKey("page-size") ? org : null;
}
