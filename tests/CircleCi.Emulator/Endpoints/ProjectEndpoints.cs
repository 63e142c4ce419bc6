namespace CircleCi.Emulator.Endpoints;

/// <summary>Project tag: GET /project/{project-slug}.</summary>
public static class ProjectEndpoints
{
    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet(ProjectSlug.Route, (HttpContext ctx) =>
            ProjectSlug.Find(ctx, state) is { } project
                ? Json.Ok(project)
                : Json.Error(404, ProjectSlug.NotFound));
    }
}
