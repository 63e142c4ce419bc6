using System.Globalization;
using System.Text.Json.Serialization;
using CircleCi.Emulator.Insights;
using CircleCi.Emulator.State;
using static CircleCi.Emulator.Insights.InsightsStats;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Insights tag, per-project workflow endpoints: workflow metrics, runs, job metrics, workflow summary and job
/// time series, all computed from the pipelines, workflows and jobs in the state at request time.
/// The project-, org- and test-level endpoints are in <see cref="InsightsSummaryEndpoints"/>.
/// </summary>
public static class InsightsEndpoints
{
    public const string Route = "/insights/{vcs}/{org}/{repo}";
    public const string WorkflowNotFound = "Workflow not found";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet(Route + "/workflows", (HttpContext ctx) => WithProject(ctx, state, project =>
        {
            if (!TryWindow(ctx, state, out var start, out var end, out var error)) return error;
            if (!TryBranch(ctx, out var branch, out var all, out error)) return error;
            var runs = InsightsData.Within(InsightsData.OnBranch(InsightsData.Runs(state, project.Slug), project, branch, all), start, end).ToList();
            var items = runs.GroupBy(r => r.WorkflowName).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => WorkflowMetrics(g.Key, g.ToList(), project.Id)).ToList();
            return Paging.Page(ctx, items, $"insights-workflows|{project.Slug}|{branch}|{all}|{start:O}", api.PageSize);
        }));

        api.V2.MapGet(Route + "/workflows/{name}", (HttpContext ctx, string name) => WithWorkflow(ctx, state, name, (project, runs) =>
        {
            if (!TryBranch(ctx, out var branch, out var all, out var error)) return error;
            if (!TryDates(ctx, state, out var start, out var end, out error)) return error;
            var items = InsightsData.OnBranch(runs, project, branch, all).Where(r => r.CreatedAt >= start && r.CreatedAt < end)
                .OrderByDescending(r => r.CreatedAt).Select(r => new WorkflowRunBody(r.WorkflowId, r.Branch, r.DurationSecs, r.CreatedAt,
                    r.StoppedAt, r.Credits, r.Status is "success" or "failed" or "error" or "canceled" or "unauthorized" ? r.Status : null,
                    r.HasApproval)).ToList();
            return Paging.Page(ctx, items, $"insights-runs|{project.Slug}|{name}|{branch}|{all}|{start:O}|{end:O}", api.PageSize);
        }));

        api.V2.MapGet(Route + "/workflows/{name}/jobs", (HttpContext ctx, string name) => WithWorkflow(ctx, state, name, (project, runs) =>
        {
            if (!TryWindow(ctx, state, out var start, out var end, out var error)) return error;
            if (!TryBranch(ctx, out var branch, out var all, out error)) return error;
            var jobName = ctx.Request.Query["job-name"].ToString();
            var jobs = InsightsData.Within(InsightsData.OnBranch(runs, project, branch, all), start, end)
                .SelectMany(r => r.Jobs).Where(j => j.Type != "approval" && j.StartedAt != null)
                .Where(j => jobName.Length == 0 || j.Name == jobName);
            var items = jobs.GroupBy(j => j.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var list = g.ToList();
                var d = Describe(list.Where(j => j.DurationSecs != null).Select(j => j.DurationSecs!.Value));
                long ok = list.Count(j => j.IsSuccess), failed = list.Count(j => j.IsFailure);
                return new
                {
                    name = g.Key,
                    metrics = new
                    {
                        total_runs = list.Count, failed_runs = failed, successful_runs = ok, duration_metrics = FullDurations(d),
                        success_rate = Rate(ok, list.Count), total_credits_used = list.Sum(j => j.Credits),
                        throughput = Throughput(list.Select(j => j.StartedAt!.Value).ToList()),
                    },
                    window_start = list.Min(j => j.StartedAt!.Value), window_end = list.Max(j => j.StoppedAt ?? j.StartedAt!.Value),
                };
            }).ToList();
            return Paging.Page(ctx, items, $"insights-jobs|{project.Slug}|{name}|{branch}|{all}|{start:O}|{jobName}", api.PageSize);
        }));

        api.V2.MapGet(Route + "/workflows/{name}/summary", (HttpContext ctx, string name) => WithWorkflow(ctx, state, name, (project, runs) =>
        {
            if (!TryBranch(ctx, out var branch, out var all, out var error)) return error;
            var end = InsightsData.Clock(state);
            var span = InsightsData.ReportingWindows[InsightsData.DefaultWindow];
            var scoped = InsightsData.OnBranch(runs, project, branch, all).ToList();
            var current = InsightsData.Within(scoped, end - span, end).ToList();
            var previous = scoped.Where(r => r.CreatedAt >= end - span - span && r.CreatedAt < end - span).ToList();
            var m = WorkflowMetrics(name, current, project.Id).metrics;
            var p = WorkflowMetrics(name, previous, project.Id).metrics;
            return Json.Ok(new
            {
                metrics = new
                {
                    // Required and nullable: an empty window (an unknown branch) has no MTTR, and says so with null.
                    m.total_runs, m.successful_runs, mttr = Json.OrNull(m.mttr), m.total_credits_used, m.failed_runs, m.success_rate,
                    completed_runs = current.Count(r => r.StoppedAt != null),
                    window_start = current.Count > 0 ? current[0].CreatedAt : end - span,
                    m.duration_metrics,
                    window_end = current.Count > 0 ? current[^1].CreatedAt : end,
                    m.throughput,
                },
                trends = new
                {
                    total_runs = Trend(m.total_runs, p.total_runs), failed_runs = Trend(m.failed_runs, p.failed_runs),
                    success_rate = Trend(m.success_rate, p.success_rate),
                    p95_duration_secs = Trend(m.duration_metrics.p95 ?? 0, p.duration_metrics.p95 ?? 0),
                    median_duration_secs = Trend(m.duration_metrics.median ?? 0, p.duration_metrics.median ?? 0),
                    total_credits_used = Trend(m.total_credits_used, p.total_credits_used),
                    mttr = Trend(m.mttr ?? 0, p.mttr ?? 0), throughput = Trend(m.throughput, p.throughput),
                },
                workflow_names = InsightsData.Runs(state, project.Slug).Select(r => r.WorkflowName).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(),
            });
        }));

        api.V2.MapGet("/insights/time-series/{vcs}/{org}/{repo}/workflows/{name}/jobs", (HttpContext ctx, string name) => WithWorkflow(ctx, state, name, (project, runs) =>
        {
            if (!TryBranch(ctx, out var branch, out _, out var error)) return error;
            if (!TryDates(ctx, state, out var start, out var end, out error)) return error;
            var granularity = ctx.Request.Query["granularity"].ToString();
            if (granularity.Length == 0) granularity = "daily";
            if (granularity is not ("daily" or "hourly")) return Json.Error(400, "granularity must be daily or hourly.");
            var bucket = granularity == "hourly" ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
            var jobs = InsightsData.OnBranch(runs, project, branch, false).SelectMany(r => r.Jobs)
                .Where(j => j.Type != "approval" && j.StartedAt >= start && j.StartedAt < end);
            var items = jobs.GroupBy(j => (j.Name, Stamp: new DateTime(j.StartedAt!.Value.Ticks - j.StartedAt.Value.Ticks % bucket.Ticks, DateTimeKind.Utc)))
                .OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Stamp).Select(g =>
                {
                    var list = g.ToList();
                    var d = Describe(list.Where(j => j.DurationSecs != null).Select(j => j.DurationSecs!.Value));
                    return new
                    {
                        name = g.Key.Name, min_started_at = list.Min(j => j.StartedAt!.Value),
                        max_ended_at = list.Max(j => j.StoppedAt ?? j.StartedAt!.Value), timestamp = g.Key.Stamp,
                        metrics = new
                        {
                            total_runs = list.Count, failed_runs = list.Count(j => j.IsFailure), successful_runs = list.Count(j => j.IsSuccess),
                            throughput = list.Count / bucket.TotalDays,
                            median_credits_used = Percentile(list.Select(j => j.Credits).OrderBy(c => c).ToList(), 0.5),
                            total_credits_used = list.Sum(j => j.Credits),
                            duration_metrics = new { min = d.Min, median = d.Median, max = d.Max, p95 = d.P95, total = d.Total },
                        },
                    };
                }).ToList();
            return Paging.Page(ctx, items, $"insights-timeseries|{project.Slug}|{name}|{branch}|{granularity}|{start:O}|{end:O}", api.PageSize);
        }));

        InsightsSummaryEndpoints.Map(api);
    }

    internal static WorkflowMetricsBody WorkflowMetrics(string name, IReadOnlyList<InsightRun> runs, Guid projectId)
    {
        var d = Describe(runs.Where(r => r.DurationSecs != null).Select(r => r.DurationSecs!.Value));
        var (mttr, recoveries) = Recovery(runs);
        long ok = runs.Count(r => r.IsSuccess), failed = runs.Count(r => r.IsFailure);
        return new WorkflowMetricsBody(name,
            new MetricsBody(runs.Count, ok, runs.Count == 0 ? null : mttr, runs.Sum(r => r.Credits), failed, Rate(ok, runs.Count),
                FullDurations(d), recoveries, Throughput(runs.Select(r => r.CreatedAt).ToList())),
            runs.Count > 0 ? runs[0].CreatedAt : null, runs.Count > 0 ? runs[^1].CreatedAt : null, projectId);
    }

    internal static DurationsBody FullDurations(Durations d) => new(d.Min ?? 0, d.Mean ?? 0, d.Median ?? 0, d.P95 ?? 0, d.Max ?? 0, d.StandardDeviation ?? 0);

    /// <summary>A workflow run: duration, stopped_at and status are required and null while it runs.</summary>
    internal sealed record WorkflowRunBody(Guid id, string branch, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? duration,
        DateTime created_at, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? stopped_at, long credits_used,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? status, bool is_approval);

    internal sealed record DurationsBody(long? min, long? mean, long? median, long? p95, long? max, double? standard_deviation);
    internal sealed record MetricsBody(long total_runs, long successful_runs, long? mttr, long total_credits_used, long failed_runs,
        double success_rate, DurationsBody duration_metrics, long total_recoveries, double throughput);
    internal sealed record WorkflowMetricsBody(string name, MetricsBody metrics, DateTime? window_start, DateTime? window_end, Guid project_id);

    // ---- request parsing shared by the Insights endpoints ----

    internal static IResult WithProject(HttpContext ctx, EmulatorState state, Func<ProjectRecord, IResult> answer) =>
        ProjectSlug.Find(ctx, state) is { } project ? answer(project) : Json.Error(404, ProjectSlug.NotFound);

    /// <summary>A workflow-scoped endpoint: 404 when the project never ran a workflow of that name.</summary>
    private static IResult WithWorkflow(HttpContext ctx, EmulatorState state, string name, Func<ProjectRecord, List<InsightRun>, IResult> answer) =>
        WithProject(ctx, state, project =>
        {
            var runs = InsightsData.Runs(state, project.Slug, name);
            return runs.Count == 0 ? Json.Error(404, WorkflowNotFound) : answer(project, runs);
        });

    internal static bool TryWindow(HttpContext ctx, EmulatorState state, out DateTime start, out DateTime end, out IResult error)
    {
        var window = ctx.Request.Query["reporting-window"].ToString();
        if (window.Length == 0) window = InsightsData.DefaultWindow;
        end = InsightsData.Clock(state);
        start = end;
        error = Results.Empty;
        if (!InsightsData.ReportingWindows.TryGetValue(window, out var span))
        {
            error = Json.Error(400, $"Invalid reporting-window '{window}'; use one of {string.Join(", ", InsightsData.ReportingWindows.Keys)}.");
            return false;
        }
        start = end - span;
        return true;
    }

    internal static bool TryBranch(HttpContext ctx, out string? branch, out bool allBranches, out IResult error)
    {
        branch = ctx.Request.Query["branch"].ToString();
        if (branch.Length == 0) branch = null;
        var all = ctx.Request.Query["all-branches"].ToString();
        allBranches = false;
        error = Results.Empty;
        if (all.Length > 0 && !bool.TryParse(all, out allBranches))
        {
            error = Json.Error(400, "all-branches must be true or false.");
            return false;
        }
        return true;
    }

    /// <summary>start-date and end-date; end-date needs start-date and may be at most 90 days after it. Default: the last 90 days.</summary>
    internal static bool TryDates(HttpContext ctx, EmulatorState state, out DateTime start, out DateTime end, out IResult error)
    {
        string startText = ctx.Request.Query["start-date"].ToString(), endText = ctx.Request.Query["end-date"].ToString();
        error = Results.Empty;
        end = InsightsData.Clock(state).AddTicks(1);
        start = end - TimeSpan.FromDays(90);
        const DateTimeStyles styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (endText.Length > 0 && startText.Length == 0) error = Json.Error(400, "start-date must be specified if an end-date is provided.");
        else if (startText.Length > 0 && !DateTime.TryParse(startText, CultureInfo.InvariantCulture, styles, out start)) error = Json.Error(400, $"Invalid start-date '{startText}'.");
        else if (endText.Length > 0 && !DateTime.TryParse(endText, CultureInfo.InvariantCulture, styles, out end)) error = Json.Error(400, $"Invalid end-date '{endText}'.");
        else if (endText.Length > 0 && end - start > TimeSpan.FromDays(90)) error = Json.Error(400, "end-date can be at most 90 days after start-date.");
        else if (endText.Length > 0 && end <= start) error = Json.Error(400, "end-date must be after start-date.");
        else
        {
            if (startText.Length > 0 && endText.Length == 0) end = DateTime.MaxValue;
            return true;
        }
        return false;
    }
}
