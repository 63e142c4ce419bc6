using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Insights;

/// <summary>One workflow run as Insights sees it, copied out of the state under its lock.</summary>
public sealed record InsightRun(
    string ProjectSlug, string WorkflowName, Guid WorkflowId, long PipelineNumber, string Branch, string Revision,
    string Status, DateTime CreatedAt, DateTime? StoppedAt, long Credits, IReadOnlyList<InsightJob> Jobs)
{
    public bool IsSuccess => Status == "success";
    public bool IsFailure => Status is "failed" or "error";
    /// <summary>Seconds from creation to stop; null while it runs or waits.</summary>
    public long? DurationSecs => StoppedAt is null ? null : (long)Math.Round((StoppedAt.Value - CreatedAt).TotalSeconds);
    public bool HasApproval => Jobs.Any(j => j.Type == "approval");
}

public sealed record InsightJob(
    string Name, string Type, long? JobNumber, string Status, DateTime? StartedAt, DateTime? StoppedAt, long Credits,
    IReadOnlyList<TestRunRecord> Tests)
{
    public bool IsSuccess => Status == "success";
    public bool IsFailure => Status is "failed" or "infrastructure_fail" or "timedout";
    public long? DurationSecs => StartedAt is null || StoppedAt is null ? null : (long)Math.Round((StoppedAt.Value - StartedAt.Value).TotalSeconds);
}

/// <summary>
/// Reads Insights inputs from <see cref="EmulatorState"/> at request time, so pipelines triggered during a test
/// count too. The Insights clock is the newest activity the emulator holds (never the machine's clock), so the
/// seed's fixed dates stay inside the reporting windows whatever day the tests run.
/// </summary>
public static class InsightsData
{
    public static readonly IReadOnlyDictionary<string, TimeSpan> ReportingWindows = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        ["last-24-hours"] = TimeSpan.FromHours(24), ["last-7-days"] = TimeSpan.FromDays(7), ["last-30-days"] = TimeSpan.FromDays(30),
        ["last-60-days"] = TimeSpan.FromDays(60), ["last-90-days"] = TimeSpan.FromDays(90),
    };

    public const string DefaultWindow = "last-90-days";

    public static DateTime Clock(EmulatorState s)
    {
        lock (s.Sync)
        {
            var newest = Seed.Epoch;
            foreach (var w in s.Workflows.Values)
            {
                var t = w.StoppedAt ?? w.CreatedAt;
                if (t > newest) newest = t;
            }
            return newest;
        }
    }

    /// <summary>Every workflow run of a project, oldest first; optionally one workflow name only.</summary>
    public static List<InsightRun> Runs(EmulatorState s, string projectSlug, string? workflowName = null)
    {
        var runs = new List<InsightRun>();
        lock (s.Sync)
        {
            foreach (var p in s.PipelinesByProject.GetValueOrDefault(projectSlug) ?? new())
            {
                foreach (var w in s.WorkflowsByPipeline.GetValueOrDefault(p.Id) ?? new())
                {
                    if (workflowName != null && !string.Equals(w.Name, workflowName, StringComparison.Ordinal)) continue;
                    var jobs = (s.JobsByWorkflow.GetValueOrDefault(w.Id) ?? new()).Select(j => new InsightJob(
                        j.Name, j.Type, j.JobNumber, j.Status, j.StartedAt, j.StoppedAt, s.CreditsFor(j),
                        s.TestRunsByJob.GetValueOrDefault(j.Id) ?? (IReadOnlyList<TestRunRecord>)Array.Empty<TestRunRecord>())).ToList();
                    runs.Add(new InsightRun(p.ProjectSlug, w.Name, w.Id, p.Number, p.Vcs?.Branch ?? "", p.Vcs?.Revision ?? "",
                        w.Status, w.CreatedAt, w.StoppedAt, jobs.Sum(j => j.Credits), jobs));
                }
            }
        }
        runs.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return runs;
    }

    /// <summary>The runs on one branch: the named one, every branch, or the project's default branch.</summary>
    public static IEnumerable<InsightRun> OnBranch(IEnumerable<InsightRun> runs, ProjectRecord project, string? branch, bool allBranches) =>
        allBranches ? runs : runs.Where(r => r.Branch == (string.IsNullOrEmpty(branch) ? project.VcsInfo.DefaultBranch : branch));

    public static IEnumerable<InsightRun> Within(IEnumerable<InsightRun> runs, DateTime start, DateTime end) =>
        runs.Where(r => r.CreatedAt >= start && r.CreatedAt <= end);
}
