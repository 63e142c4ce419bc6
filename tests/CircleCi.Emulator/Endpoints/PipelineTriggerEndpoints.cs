using System.Text.Json;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Pipeline tag, writes: triggerPipeline (POST /project/{slug}/pipeline), the recommended triggerPipelineRun
/// (POST /project/{provider}/{org}/{project}/pipeline/run) and continuePipeline (POST /pipeline/continue).
/// What a triggered pipeline then does is its scenario's (State/CiScenarios.cs).
/// </summary>
public static class PipelineTriggerEndpoints
{
    public const string UseRunEndpoint =
        "Triggering a pipeline this way is not supported for GitLab and GitHub App projects; use POST /project/{provider}/{organization}/{project}/pipeline/run.";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapPost(ProjectSlug.Route + "/pipeline", async (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (await CiHttp.ReadObjectAsync(ctx) is not { } body || !CiHttp.TryParameters(body, out var parameters))
                return Json.Error(400, CiHttp.BadBody);
            if (!CiHttp.CanWrite(ctx)) return Json.Error(403, CiHttp.PermissionDenied);
            if (project.VcsInfo.Provider == "CircleCI") return Json.Error(400, UseRunEndpoint);
            var (branch, tag) = (CiHttp.String(body, "branch"), CiHttp.String(body, "tag"));
            if (branch is not null && tag is not null) return Json.Error(400, "Only one of branch or tag may be given.");
            return Created(state, project, tag is null ? branch ?? project.VcsInfo.DefaultBranch : null, tag, parameters, Auth.User(ctx)!);
        });

        api.V2.MapPost(ProjectSlug.Route + "/pipeline/run", async (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (await CiHttp.ReadObjectAsync(ctx) is not { } body || !CiHttp.TryParameters(body, out var parameters))
                return Json.Error(400, CiHttp.BadBody);
            if (!CiHttp.CanWrite(ctx)) return Json.Error(403, CiHttp.PermissionDenied);
            var definition = CiHttp.String(body, "definition_id");
            if (definition is not null && (!Guid.TryParse(definition, out var id) || id != state.DefinitionIdFor(project)))
                return Json.Error(404, "Pipeline definition not found.");
            var (configBranch, configTag) = Ref(body, "config");
            var (checkoutBranch, checkoutTag) = Ref(body, "checkout");
            if ((configBranch is not null && configTag is not null) || (checkoutBranch is not null && checkoutTag is not null))
                return Json.Error(400, "Only one of branch or tag may be given.");
            var tag = checkoutTag ?? configTag;
            var branch = tag is null ? checkoutBranch ?? configBranch ?? project.VcsInfo.DefaultBranch : null;
            return Created(state, project, branch, tag, parameters, Auth.User(ctx)!);
        });

        api.V2.MapPost("/pipeline/continue", async (HttpContext ctx) =>
        {
            if (await CiHttp.ReadObjectAsync(ctx) is not { } body || !CiHttp.TryParameters(body, out var parameters)
                || CiHttp.String(body, "continuation-key") is not { } key || CiHttp.String(body, "configuration") is not { } configuration)
                return Json.Error(400, CiHttp.BadBody);
            lock (state.Sync)
            {
                var error = state.ContinuePipeline(key, configuration, parameters, Auth.User(ctx)!);
                return error is null ? Json.Ok(new { message = "Accepted." }) : CiHttp.Error(error);
            }
        });
    }

    private static IResult Created(EmulatorState state, ProjectRecord project, string? branch, string? tag,
        Dictionary<string, object?>? parameters, UserRecord actor)
    {
        lock (state.Sync)
        {
            var pipeline = state.TriggerPipeline(project, branch, tag, parameters, actor);
            if (pipeline is null) return Json.Ok(new { message = "No pipeline was created: no trigger matched this configuration." });
            return Json.Ok(new { id = pipeline.Id, state = pipeline.State, number = pipeline.Number, created_at = pipeline.CreatedAt }, 201);
        }
    }

    private static (string? Branch, string? Tag) Ref(JsonElement body, string name) =>
        body.TryGetProperty(name, out var node) && node.ValueKind == JsonValueKind.Object
            ? (CiHttp.String(node, "branch"), CiHttp.String(node, "tag"))
            : (null, null);
}
