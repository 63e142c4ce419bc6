using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// The API v1.1 job read that v2 lacks: a job with its steps (each action's output_url points at the second
/// listener, see <see cref="StepOutput"/>). v1.1 takes long VCS names (github, bitbucket) and project tokens of the
/// same project. No v1.1 POST is emulated: the module sends none (CircleCI removes retry and ssh on 2027-02-01, with
/// 410 Gone; a job is rerun and cancelled through API v2).
/// </summary>
public static class V11JobEndpoints
{
    private const string Route = "/project/{vcs}/{org}/{repo}/{number}";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V11.MapGet(Route, (HttpContext ctx, string number) =>
            WithJob(ctx, state, number, job => Json.Ok(JobViews.V1Build(state, job, state.OtherUrl!))));
    }

    private static IResult WithJob(HttpContext ctx, EmulatorState state, string number, Func<JobRecord, IResult> answer)
    {
        var v = ctx.Request.RouteValues;
        var slug = EmulatorState.NormalizeSlug($"{v["vcs"]}/{v["org"]}/{v["repo"]}");
        if (state.FindProject(slug) is not { } project) return Json.Error(404, "Project not found");
        if (ctx.Items[Auth.ProjectItem] is string tokenProject && !string.Equals(tokenProject, project.Slug, StringComparison.OrdinalIgnoreCase))
            return Json.Error(404, "Project not found");
        if (!long.TryParse(number, out var n)) return Json.Error(404, JobEndpoints.JobNotFound);
        lock (state.Sync)
            return state.FindJob(project.Slug, n) is { } job ? answer(job) : Json.Error(404, JobEndpoints.JobNotFound);
    }
}

/// <summary>
/// The second listener's answer to a step's output_url: the action's log as CircleCI's JSON array. It needs no
/// token; whatever headers arrive are in the other listener's request log, so tests can check none was sent.
/// </summary>
public static class StepOutput
{
    public static async Task<bool> TryServeAsync(HttpContext ctx, EmulatorState state)
    {
        var segments = (ctx.Request.Path.Value ?? "").Trim('/').Split('/');
        if (segments.Length != 7 || segments[0] != "output") return false;
        if (!long.TryParse(segments[4], out var number) || !int.TryParse(segments[5], out var step) || !int.TryParse(segments[6], out var index))
            return false;
        object? body = null;
        lock (state.Sync)
        {
            state.Advance();
            if (state.FindJob($"{segments[1]}/{segments[2]}/{segments[3]}", number) is { } job
                && CiJobSteps.Actions(job, state.Clock.Now).FirstOrDefault(a => a.Step == step && a.Index == index) is { } action)
                body = new[] { new { message = CiJobSteps.Output(job, action), time = action.End ?? action.Start, type = "out", truncated = false } };
        }
        if (body is null)
        {
            ctx.Response.StatusCode = 404;
            await ctx.Response.WriteAsync("<Error><Code>NoSuchKey</Code></Error>");
            return true;
        }
        await ctx.Response.WriteAsJsonAsync(body, Json.Options);
        return true;
    }
}
