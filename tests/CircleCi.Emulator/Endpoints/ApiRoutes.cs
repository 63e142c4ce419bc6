using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// What each API area's Map method gets: the /api/v2 and /api/v1.1 groups (auth already applied)
/// and the state. Add a new area as Endpoints/&lt;Area&gt;Endpoints.cs and list it in <see cref="MapAll"/>.
/// </summary>
public sealed record ApiRoutes(RouteGroupBuilder V2, RouteGroupBuilder V11, EmulatorState State)
{
    public int PageSize => State.Options.PageSize;

    internal static void MapAll(ApiRoutes api)
    {
        UserEndpoints.Map(api);
        ProjectEndpoints.Map(api);
        PipelineEndpoints.Map(api);
        PipelineTriggerEndpoints.Map(api);
        WorkflowEndpoints.Map(api);
        JobEndpoints.Map(api);
        V11JobEndpoints.Map(api);
        InsightsEndpoints.Map(api);
        ArtifactEndpoints.Map(api);
        ProjectAdminEndpoints.Map(api);
        ContextEndpoints.Map(api);
        ScheduleEndpoints.Map(api);
        WebhookEndpoints.Map(api);
        OrganizationEndpoints.Map(api);
        GroupEndpoints.Map(api);
        DeployEndpoints.Map(api);
        UsageEndpoints.Map(api);
        OidcEndpoints.Map(api);
        PipelineDefinitionEndpoints.Map(api);
        RollbackEndpoints.Map(api);
        PolicyEndpoints.Map(api);
    }
}

/// <summary>
/// Project slugs contain '/' ("gh/acme/api", "circleci/&lt;org-uuid&gt;/&lt;project-uuid&gt;") and may be sent
/// escaped. <see cref="UnescapeSlashes"/> runs before routing and turns "%2F" into "/", so every
/// area can route a slug as three segments: <c>ProjectSlug.Route + "/pipeline"</c>.
/// </summary>
public static class ProjectSlug
{
    /// <summary>Route prefix for project-scoped paths (3 segments).</summary>
    public const string Route = "/project/{vcs}/{org}/{repo}";

    public const string NotFound = "Project not found";

    /// <summary>The slug from the route values of <see cref="Route"/>.</summary>
    public static string From(HttpContext ctx)
    {
        var v = ctx.Request.RouteValues;
        return $"{v["vcs"]}/{v["org"]}/{v["repo"]}";
    }

    /// <summary>Looks up the routed project; null means answer 404 <see cref="NotFound"/>.</summary>
    public static ProjectRecord? Find(HttpContext ctx, EmulatorState state) => state.FindProject(From(ctx));

    /// <summary>Middleware: Kestrel leaves %2F encoded in Request.Path; decode it so routing sees segments.</summary>
    public static Task UnescapeSlashes(HttpContext ctx, RequestDelegate next)
    {
        var path = ctx.Request.Path.Value;
        if (path is not null && path.Contains("%2F", StringComparison.OrdinalIgnoreCase))
            ctx.Request.Path = new PathString(path.Replace("%2F", "/").Replace("%2f", "/"));
        return next(ctx);
    }
}
