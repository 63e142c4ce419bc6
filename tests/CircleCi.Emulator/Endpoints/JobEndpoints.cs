using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Job tag: job details by project slug and number, cancel by number or by id (200 {"message"}), and a job's
/// test metadata (paged). Artifacts belong to the artifacts area.
/// </summary>
public static class JobEndpoints
{
    public const string JobNotFound = "Job not found";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet(ProjectSlug.Route + "/job/{number}", (HttpContext ctx, string number) =>
            WithJob(ctx, state, number, job => Json.Ok(JobViews.Detail(state, job))));

        api.V2.MapPost(ProjectSlug.Route + "/job/{number}/cancel", (HttpContext ctx, string number) =>
            WithJob(ctx, state, number, job => Cancel(ctx, state, job)));

        api.V2.MapPost("/jobs/{id}/cancel", (HttpContext ctx, string id) =>
        {
            if (!Guid.TryParse(id, out var guid)) return Json.Error(404, JobNotFound);
            lock (state.Sync)
                return state.Jobs.GetValueOrDefault(guid) is { } job ? Cancel(ctx, state, job) : Json.Error(404, JobNotFound);
        });

        api.V2.MapGet(ProjectSlug.Route + "/{number}/tests", (HttpContext ctx, string number) =>
            WithJob(ctx, state, number, job =>
            {
                var tests = EmulatorState.IsFinishedJob(job.Status) ? state.TestRunsByJob.GetValueOrDefault(job.Id) ?? new() : new();
                var items = tests.Select(t => new
                {
                    message = Json.OrNull(t.Result == "failure" ? t.Message ?? "AssertionError: expected 200, got 401" : null),
                    source = t.Source, run_time = t.RunTime, file = t.File, result = t.Result, name = t.Name, classname = t.Classname,
                }).ToList();
                return Paging.Page(ctx, items, $"tests|{job.ProjectSlug}|{job.JobNumber}", api.PageSize);
            }));
    }

    private static IResult Cancel(HttpContext ctx, EmulatorState state, JobRecord job)
    {
        if (!CiHttp.CanWrite(ctx)) return Json.Error(403, CiHttp.PermissionDenied);
        return state.CancelJob(job, CiHttp.UserId(ctx)) is { } error ? CiHttp.Error(error) : Json.Ok(new { message = "Accepted." });
    }

    /// <summary>Runs <paramref name="answer"/> on the routed project's job under the state lock, or answers 404.</summary>
    public static IResult WithJob(HttpContext ctx, EmulatorState state, string number, Func<JobRecord, IResult> answer)
    {
        if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
        if (!long.TryParse(number, out var n)) return Json.Error(404, JobNotFound);
        lock (state.Sync)
            return state.FindJob(project.Slug, n) is { } job ? answer(job) : Json.Error(404, JobNotFound);
    }
}
