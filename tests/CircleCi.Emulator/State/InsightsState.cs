namespace CircleCi.Emulator.State;

/// <summary>
/// What Insights needs beyond pipelines, workflows and jobs: the resource class each job runs on (for credits)
/// and the test results each job reported (for test metrics and flaky tests). Seeded by <see cref="InsightsSeed"/>.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>Resource class per job name; a job whose name is not listed runs on <see cref="DefaultResourceClass"/>.</summary>
    public Dictionary<string, string> ResourceClassByJobName { get; } = new(StringComparer.Ordinal);

    /// <summary>Test results per job id, as the job's JUnit upload would report them.</summary>
    public Dictionary<Guid, List<TestRunRecord>> TestRunsByJob { get; } = new();

    public const string DefaultResourceClass = "medium";

    /// <summary>Credits per started minute of the Docker resource classes (CircleCI's price list).</summary>
    public static readonly IReadOnlyDictionary<string, int> CreditsPerMinute = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["small"] = 5, ["medium"] = 10, ["medium+"] = 15, ["large"] = 20, ["xlarge"] = 40, ["2xlarge"] = 80,
    };

    public string ResourceClassFor(JobRecord job) =>
        ResourceClassByJobName.GetValueOrDefault(job.Name) ?? DefaultResourceClass;

    /// <summary>Credits a finished build job used: the class's rate for each started minute. Approvals cost nothing.</summary>
    public long CreditsFor(JobRecord job)
    {
        if (job.Type == "approval" || job.StartedAt is null || job.StoppedAt is null) return 0;
        var minutes = (long)Math.Ceiling((job.StoppedAt.Value - job.StartedAt.Value).TotalSeconds / 60.0);
        return Math.Max(1, minutes) * CreditsPerMinute.GetValueOrDefault(ResourceClassFor(job), 10);
    }
}

/// <summary>One test case's result in one job (the fields of GET /project/{slug}/{job-number}/tests).</summary>
public sealed record TestRunRecord(string Classname, string Name, string File, string Result, double RunTime, string Source = "pytest",
    string? Message = null);
