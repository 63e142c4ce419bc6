namespace CircleCi.Emulator.State;

/// <summary>What POST /_emulator/scenario sets: a scenario name and, for "fail", which job fails.</summary>
public sealed record ScenarioChoice(string Name, string? FailJob = null);

/// <summary>One planned job: requires names an upstream job; approval jobs wait for Approve.</summary>
public sealed record PlannedJob(string Name, string? Requires, int Seconds, int Parallelism = 1, bool Approval = false);

/// <summary>
/// The small scenario model behind triggered pipelines. A scenario is chosen by, in order: the control endpoint
/// (POST /_emulator/scenario), the pipeline parameter "emulator-scenario", or the branch/tag name ("fail",
/// "fail/login", "hold-release", ...); anything else is "pass".
/// <list type="bullet">
/// <item>pass: build → test (parallelism 2) → deploy, all succeed.</item>
/// <item>fail: the same, test fails on node 1 (or <see cref="ScenarioChoice.FailJob"/> fails); later jobs do not run.
/// A flaky failure: a rerun of the failed job passes.</item>
/// <item>broken: the same as fail, but the failure is real: a rerun of the failed job fails again.</item>
/// <item>hold: build → test → hold (approval) → deploy; on hold until approved.</item>
/// <item>config-error: the pipeline is errored with a config error and has no workflow.</item>
/// <item>no-workflow: the pipeline is created, but no workflow ever appears.</item>
/// <item>setup: a setup workflow runs, then the pipeline waits for POST /pipeline/continue.</item>
/// <item>none: triggerPipelineRun answers 200 and creates nothing.</item>
/// <item>failures, timeout, infra-fail: see <see cref="CiFailures"/> (failed tests with files and lines, a timed-out
/// step, an infrastructure failure).</item>
/// </list>
/// </summary>
public static class CiScenarios
{
    public const string Pass = "pass", Fail = "fail", Broken = "broken", Hold = "hold", ConfigError = "config-error",
        NoWorkflow = "no-workflow", Setup = "setup", None = "none",
        Failures = CiFailures.Failures, Timeout = CiFailures.Timeout, InfraFail = CiFailures.InfraFail;

    public static readonly string[] Names = { Pass, Fail, Broken, Hold, ConfigError, NoWorkflow, Setup, None, Failures, Timeout, InfraFail };

    /// <summary>The job a scenario fails ("test" unless the scenario names one), or null when nothing fails.</summary>
    public static string? FailingJob(ScenarioChoice scenario) =>
        scenario.Name is Fail or Broken or Failures or Timeout or InfraFail ? scenario.FailJob ?? "test" : null;

    public const string ParameterName = "emulator-scenario";
    public const string WorkflowName = "build-and-test";
    public const string ConfigErrorMessage = "Config does not conform to schema: {:workflows {:build-and-test {:jobs [(not (valid-job? \"tset\"))]}}}";

    public static ScenarioChoice Choose(ScenarioChoice? forced, IReadOnlyDictionary<string, object?>? parameters, string? branchOrTag)
    {
        if (forced is not null) return forced;
        if (parameters?.GetValueOrDefault(ParameterName) is string named && Names.Contains(named)) return new ScenarioChoice(named);
        var name = branchOrTag ?? "";
        // Longest first: "no-workflow" must not be read as "none".
        foreach (var candidate in Names.OrderByDescending(n => n.Length))
            if (name == candidate || name.StartsWith(candidate + "/", StringComparison.Ordinal) || name.StartsWith(candidate + "-", StringComparison.Ordinal))
                return new ScenarioChoice(candidate);
        return new ScenarioChoice(Pass);
    }

    public static IReadOnlyList<PlannedJob> Jobs(string scenario) => scenario switch
    {
        Setup => new[] { new PlannedJob("generate-config", null, 20) },
        Hold => new[]
        {
            new PlannedJob("build", null, 30), new PlannedJob("test", "build", 45, 2),
            new PlannedJob("hold", "test", 0, Approval: true), new PlannedJob("deploy", "hold", 20),
        },
        _ => new[] { new PlannedJob("build", null, 30), new PlannedJob("test", "build", 45, 2), new PlannedJob("deploy", "test", 20) },
    };

    /// <summary>The config text GET /pipeline/{id}/config shows for a plan.</summary>
    public static string ConfigFor(IEnumerable<(string Workflow, IReadOnlyList<PlannedJob> Jobs)> workflows, bool compiled)
    {
        var lines = new List<string> { compiled ? "version: 2" : "version: 2.1", "jobs:" };
        var all = workflows.SelectMany(w => w.Jobs).Where(j => !j.Approval).DistinctBy(j => j.Name);
        foreach (var job in all)
        {
            lines.Add($"  {job.Name}:");
            lines.Add(compiled ? "    docker:\n      - image: cimg/base:2026.11" : "    executor: default");
            if (job.Parallelism > 1) lines.Add($"    parallelism: {job.Parallelism}");
            lines.Add($"    steps:\n      - checkout\n      - run: make {job.Name}");
        }
        lines.Add("workflows:");
        foreach (var (name, jobs) in workflows)
        {
            lines.Add($"  {name}:\n    jobs:");
            foreach (var job in jobs)
            {
                if (job.Requires is null && !job.Approval) { lines.Add($"      - {job.Name}"); continue; }
                lines.Add($"      - {job.Name}:");
                if (job.Approval) lines.Add("          type: approval");
                if (job.Requires is not null) lines.Add($"          requires: [{job.Requires}]");
            }
        }
        return string.Join("\n", lines) + "\n";
    }
}
