using System.Text.Json.Serialization;
using CircleCi.Emulator.Insights;
using CircleCi.Emulator.State;
using static CircleCi.Emulator.Insights.InsightsStats;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Insights tag, the rest: test metrics, flaky tests, branches, the org summary and the project page summary.
/// A test is flaky when it both passed and failed on the same commit (pipeline revision).
/// </summary>
public static class InsightsSummaryEndpoints
{
    public const string OrgNotFound = "Organization not found";
    private const int TopTests = 10;

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        const string route = InsightsEndpoints.Route;

        api.V2.MapGet(route + "/workflows/{name}/test-metrics", (HttpContext ctx, string name) => InsightsEndpoints.WithProject(ctx, state, project =>
        {
            if (!InsightsEndpoints.TryBranch(ctx, out var branch, out var all, out var error)) return error;
            var end = InsightsData.Clock(state);
            var allRuns = InsightsData.Runs(state, project.Slug, name);
            if (allRuns.Count == 0) return Json.Error(404, InsightsEndpoints.WorkflowNotFound);
            var runs = InsightsData.Within(InsightsData.OnBranch(allRuns, project, branch, all), end - TimeSpan.FromDays(90), end).ToList();
            var flaky = FlakyKeys(runs);
            var executions = runs.SelectMany(r => r.Jobs.SelectMany(j => j.Tests.Select(t => (Run: r, Job: j, Test: t)))).ToList();
            var perTest = executions.GroupBy(e => (Job: e.Job.Name, e.Test.Classname, Test: e.Test.Name, e.Test.File, e.Test.Source)).Select(g => new
            {
                p95_duration = Math.Round(PercentileOf(g.Select(e => e.Test.RunTime), 0.95), 3),
                total_runs = g.Count(), classname = g.Key.Classname, failed_runs = g.Count(e => IsFailed(e.Test)),
                flaky = flaky.Contains((g.Key.Job, g.Key.Classname, g.Key.Test)), source = g.Key.Source, file = g.Key.File,
                job_name = g.Key.Job, test_name = g.Key.Test,
            }).ToList();
            var failing = perTest.Where(t => t.failed_runs > 0).OrderByDescending(t => t.failed_runs).ThenBy(t => t.test_name, StringComparer.Ordinal).ToList();
            var slowest = perTest.OrderByDescending(t => t.p95_duration).ThenBy(t => t.test_name, StringComparer.Ordinal).ToList();
            var testRuns = runs.Where(r => r.Jobs.Any(j => j.Tests.Count > 0)).Select(r =>
            {
                var tests = r.Jobs.SelectMany(j => j.Tests).ToList();
                int success = tests.Count(t => t.Result == "success");
                return new
                {
                    pipeline_number = r.PipelineNumber, workflow_id = r.WorkflowId, success_rate = Rate(success, tests.Count),
                    test_counts = new
                    {
                        error = tests.Count(t => t.Result == "error"), failure = tests.Count(t => t.Result == "failure"),
                        skipped = tests.Count(t => t.Result == "skipped"), success, total = tests.Count,
                    },
                };
            }).ToList();
            return Json.Ok(new
            {
                average_test_count = testRuns.Count == 0 ? 0 : (long)Math.Round((double)executions.Count / testRuns.Count),
                most_failed_tests = failing.Take(TopTests).ToList(), most_failed_tests_extra = Math.Max(0, failing.Count - TopTests),
                slowest_tests = slowest.Take(TopTests).ToList(), slowest_tests_extra = Math.Max(0, slowest.Count - TopTests),
                total_test_runs = executions.Count, test_runs = testRuns,
            });
        }));

        api.V2.MapGet(route + "/flaky-tests", (HttpContext ctx) => InsightsEndpoints.WithProject(ctx, state, project =>
        {
            var runs = InsightsData.Runs(state, project.Slug);
            var keys = FlakyKeys(runs);
            var items = runs.SelectMany(r => r.Jobs.SelectMany(j => j.Tests.Select(t => (Run: r, Job: j, Test: t))))
                .Where(e => keys.Contains((e.Job.Name, e.Test.Classname, e.Test.Name)))
                .GroupBy(e => (e.Job.Name, e.Test.Classname, e.Test.Name))
                .Select(g =>
                {
                    // Failures on commits where the same test also passed: the reruns they cost.
                    var passedOn = g.Where(e => e.Test.Result == "success").Select(e => e.Run.Revision).ToHashSet();
                    var flakes = g.Where(e => IsFailed(e.Test) && passedOn.Contains(e.Run.Revision)).OrderBy(e => e.Run.CreatedAt).ToList();
                    var last = flakes[^1];
                    return new FlakyTestBody(flakes.Sum(e => e.Job.DurationSecs ?? 0), last.Run.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
                        last.Run.WorkflowId, last.Test.Classname, last.Run.PipelineNumber, last.Run.WorkflowName, last.Test.Name,
                        last.Job.Name, last.Job.JobNumber ?? 0, flakes.Count, last.Test.Source, last.Test.File);
                })
                .OrderByDescending(f => f.TimesFlaked).ThenBy(f => f.TestName, StringComparer.Ordinal).ToList();
            return Json.Ok(new Dictionary<string, object> { ["flaky-tests"] = items, ["total-flaky-tests"] = (double)items.Count });
        }));

        api.V2.MapGet(route + "/branches", (HttpContext ctx) => InsightsEndpoints.WithProject(ctx, state, project =>
        {
            var workflow = ctx.Request.Query["workflow-name"].ToString();
            var branches = InsightsData.Runs(state, project.Slug, workflow.Length == 0 ? null : workflow)
                .Select(r => r.Branch).Where(b => b.Length > 0).Distinct().OrderBy(b => b, StringComparer.Ordinal).ToList();
            return Json.Ok(new { org_id = OrgOf(state, project), project_id = project.Id, branches });
        }));

        api.V2.MapGet("/insights/{vcs}/{org}/summary", (HttpContext ctx) =>
        {
            var slug = EmulatorState.NormalizeSlug($"{ctx.Request.RouteValues["vcs"]}/{ctx.Request.RouteValues["org"]}");
            List<ProjectRecord> projects;
            lock (state.Sync)
            {
                if (!state.Orgs.ContainsKey(slug)) return Json.Error(404, OrgNotFound);
                projects = state.Projects.Values.Where(p => string.Equals(p.OrganizationSlug, slug, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            }
            if (!InsightsEndpoints.TryWindow(ctx, state, out var start, out var end, out var error)) return error;
            var wanted = ctx.Request.Query["project-names"].Where(n => !string.IsNullOrEmpty(n)).ToHashSet(StringComparer.Ordinal);
            var span = end - start;
            var rows = projects.Where(p => wanted.Count == 0 || wanted.Contains(p.Name))
                .Select(p => (Project: p, Runs: InsightsData.Runs(state, p.Slug))).ToList();
            var current = rows.SelectMany(r => InsightsData.Within(r.Runs, start, end)).ToList();
            var previous = rows.SelectMany(r => r.Runs.Where(x => x.CreatedAt >= start - span && x.CreatedAt < start)).ToList();
            return Json.Ok(new
            {
                org_data = new { metrics = Totals(current), trends = TotalTrends(current, previous) },
                org_project_data = rows.Select(r =>
                {
                    var now = InsightsData.Within(r.Runs, start, end).ToList();
                    var before = r.Runs.Where(x => x.CreatedAt >= start - span && x.CreatedAt < start).ToList();
                    var m = Totals(now);
                    var t = TotalTrends(now, before);
                    return new
                    {
                        project_name = r.Project.Name,
                        metrics = new { m.total_credits_used, m.total_duration_secs, m.total_runs, m.success_rate },
                        trends = new { t.total_credits_used, t.total_duration_secs, t.total_runs, t.success_rate },
                    };
                }).ToList(),
                all_projects = projects.Select(p => p.Name).ToList(),
            });
        });

        api.V2.MapGet("/insights/pages/{vcs}/{org}/{repo}/summary", (HttpContext ctx) => InsightsEndpoints.WithProject(ctx, state, project =>
        {
            if (!InsightsEndpoints.TryWindow(ctx, state, out var start, out var end, out var error)) return error;
            var span = end - start;
            var branches = ctx.Request.Query["branches"].Where(b => !string.IsNullOrEmpty(b)).ToHashSet(StringComparer.Ordinal);
            var names = ctx.Request.Query["workflow-names"].Where(n => !string.IsNullOrEmpty(n)).ToHashSet(StringComparer.Ordinal);
            var all = InsightsData.Runs(state, project.Slug);
            var scoped = all.Where(r => (branches.Count == 0 || branches.Contains(r.Branch)) && (names.Count == 0 || names.Contains(r.WorkflowName))).ToList();
            var current = InsightsData.Within(scoped, start, end).ToList();
            var previous = scoped.Where(r => r.CreatedAt >= start - span && r.CreatedAt < start).ToList();
            (object Metrics, object Trends) Row(IReadOnlyList<InsightRun> now, IReadOnlyList<InsightRun> before)
            {
                double p95Now = P95(now), p95Before = P95(before);
                return (
                    new { total_credits_used = now.Sum(r => r.Credits), p95_duration_secs = p95Now, total_runs = now.Count, success_rate = Rate(now.Count(r => r.IsSuccess), now.Count) },
                    new
                    {
                        total_credits_used = Trend(now.Sum(r => r.Credits), before.Sum(r => r.Credits)), p95_duration_secs = Trend(p95Now, p95Before),
                        total_runs = Trend(now.Count, before.Count),
                        success_rate = Trend(Rate(now.Count(r => r.IsSuccess), now.Count), Rate(before.Count(r => r.IsSuccess), before.Count)),
                    });
            }
            var workflowRows = current.Select(r => r.WorkflowName).Distinct().OrderBy(n => n, StringComparer.Ordinal).Select(n =>
            {
                var row = Row(current.Where(r => r.WorkflowName == n).ToList(), previous.Where(r => r.WorkflowName == n).ToList());
                return new { workflow_name = n, metrics = row.Metrics, trends = row.Trends };
            }).ToList();
            var branchRows = current.Select(r => (r.WorkflowName, r.Branch)).Distinct().OrderBy(k => k.WorkflowName, StringComparer.Ordinal)
                .ThenBy(k => k.Branch, StringComparer.Ordinal).Select(k =>
                {
                    var row = Row(current.Where(r => r.WorkflowName == k.WorkflowName && r.Branch == k.Branch).ToList(),
                        previous.Where(r => r.WorkflowName == k.WorkflowName && r.Branch == k.Branch).ToList());
                    return new { workflow_name = k.WorkflowName, branch = k.Branch, metrics = row.Metrics, trends = row.Trends };
                }).ToList();
            return Json.Ok(new
            {
                org_id = OrgOf(state, project), project_id = project.Id,
                project_data = new { metrics = Totals(current), trends = TotalTrends(current, previous) },
                project_workflow_data = workflowRows, project_workflow_branch_data = branchRows,
                all_branches = all.Select(r => r.Branch).Where(b => b.Length > 0).Distinct().OrderBy(b => b, StringComparer.Ordinal).ToList(),
                all_workflows = all.Select(r => r.WorkflowName).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(),
            });
        }));
    }

    private static bool IsFailed(TestRunRecord t) => t.Result is "failure" or "error";

    private static double P95(IReadOnlyList<InsightRun> runs) =>
        runs.Any(r => r.DurationSecs != null) ? Describe(runs.Where(r => r.DurationSecs != null).Select(r => r.DurationSecs!.Value)).P95!.Value : 0;

    /// <summary>(job, classname, test) of every test that both passed and failed on one commit.</summary>
    private static HashSet<(string, string, string)> FlakyKeys(IEnumerable<InsightRun> runs) =>
        runs.SelectMany(r => r.Jobs.SelectMany(j => j.Tests.Select(t => (Key: (j.Name, t.Classname, t.Name), r.Revision, t.Result))))
            .GroupBy(e => (e.Key, e.Revision))
            .Where(g => g.Any(e => e.Result == "success") && g.Any(e => e.Result is "failure" or "error"))
            .Select(g => g.Key.Key).ToHashSet();

    private static Guid OrgOf(EmulatorState state, ProjectRecord project) => project.OrganizationId;

    private sealed record TotalsBody(long total_runs, long total_duration_secs, long total_credits_used, double success_rate, double throughput);

    private static TotalsBody Totals(IReadOnlyList<InsightRun> runs) => new(runs.Count, runs.Sum(r => r.DurationSecs ?? 0),
        runs.Sum(r => r.Credits), Rate(runs.Count(r => r.IsSuccess), runs.Count), Throughput(runs.Select(r => r.CreatedAt).ToList()));

    private sealed record TotalTrendsBody(double total_runs, double total_duration_secs, double total_credits_used, double success_rate, double throughput);

    private static TotalTrendsBody TotalTrends(IReadOnlyList<InsightRun> now, IReadOnlyList<InsightRun> before)
    {
        TotalsBody a = Totals(now), b = Totals(before);
        return new(Trend(a.total_runs, b.total_runs), Trend(a.total_duration_secs, b.total_duration_secs),
            Trend(a.total_credits_used, b.total_credits_used), Trend(a.success_rate, b.success_rate), Trend(a.throughput, b.throughput));
    }

    private sealed record FlakyTestBody(
        [property: JsonPropertyName("time-wasted")] long TimeWasted,
        [property: JsonPropertyName("workflow-created-at")] string WorkflowCreatedAt,
        [property: JsonPropertyName("workflow-id")] Guid WorkflowId,
        [property: JsonPropertyName("classname")] string Classname,
        [property: JsonPropertyName("pipeline-number")] long PipelineNumber,
        [property: JsonPropertyName("workflow-name")] string WorkflowName,
        [property: JsonPropertyName("test-name")] string TestName,
        [property: JsonPropertyName("job-name")] string JobName,
        [property: JsonPropertyName("job-number")] long JobNumber,
        [property: JsonPropertyName("times-flaked")] long TimesFlaked,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("file")] string File);
}
