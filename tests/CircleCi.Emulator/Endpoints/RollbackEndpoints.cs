using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Rollback tag: POST /projects/{project_id}/rollback answers 202. The component must be one of the project's deploy
/// components and the target one of its versions; a second rollback of the same component and environment is a 409.
/// </summary>
public static class RollbackEndpoints
{
    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        api.V2.MapPost("/projects/{projectId}/rollback", async (HttpContext ctx, string projectId) =>
        {
            if (state.FindProjectById(projectId) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            var body = await ctx.Request.ReadFromJsonAsync<RollbackBody>(Json.Options);
            if (body is not { EnvironmentName: { Length: > 0 }, ComponentName: { Length: > 0 }, CurrentVersion: { Length: > 0 }, TargetVersion: { Length: > 0 } })
                return Json.Error(400, "environment_name, component_name, current_version and target_version are required.");
            lock (state.Sync)
            {
                var component = state.DeployComponents.FirstOrDefault(c => c.ProjectId == project.Id && c.Name == body.ComponentName);
                var env = state.DeployEnvironments.FirstOrDefault(e => e.Name == body.EnvironmentName);
                if (component is null || env is null) return Json.Error(404, "Component or environment not found.");
                if (!state.ComponentVersions.Any(v => v.ComponentId == component.Id && v.Name == body.TargetVersion))
                    return Json.Error(400, $"Version {body.TargetVersion} of {body.ComponentName} was never deployed.");
                var key = $"{component.Id}|{env.Id}";
                if (!state.RollbacksInProgress.Add(key)) return Json.Error(409, "A rollback of this component in this environment is already in progress.");
                return Json.Ok(new { id = Guid.NewGuid(), rollback_type = "pipeline" }, 202);
            }
        });
    }

    private sealed record RollbackBody(string? EnvironmentName, string? ComponentName, string? CurrentVersion, string? TargetVersion,
        string? Namespace, string? Reason, Dictionary<string, object>? Parameters);
}
