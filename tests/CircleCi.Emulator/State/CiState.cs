namespace CircleCi.Emulator.State;

/// <summary>
/// The CI model's state: the clock, job lookup by project slug and job number, the workflows whose jobs are
/// still progressing, and the scenario tests chose for the next triggered pipelines. The progression itself is
/// in <see cref="CiSimulator"/>, the scenarios in <see cref="CiScenarios"/>.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>Time for the CI model; see <see cref="EmulatorClock"/>.</summary>
    public EmulatorClock Clock { get; } = new(Seed.Epoch);

    /// <summary>Jobs by <see cref="JobKey"/> (project slug + job number); a retried job's number maps to the new run.</summary>
    public Dictionary<string, JobRecord> JobsByNumber { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Workflows whose jobs still move with the clock. Seeded workflows join only when touched (approve, cancel, rerun).</summary>
    public HashSet<Guid> ActiveWorkflows { get; } = new();

    /// <summary>Set by POST /_emulator/scenario: used for every triggered pipeline until reset (or DELETE).</summary>
    public ScenarioChoice? ScenarioOverride { get; set; }

    /// <summary>The second listener's base URL, where v1.1 step output_url points (set at startup).</summary>
    public Uri? OtherUrl { get; set; }

    public static string JobKey(string projectSlug, long jobNumber) => NormalizeSlug(projectSlug) + "#" + jobNumber;

    /// <summary>A job by project slug (short or long VCS names) and number; call with <see cref="Sync"/> held.</summary>
    public JobRecord? FindJob(string projectSlug, long jobNumber) => JobsByNumber.GetValueOrDefault(JobKey(projectSlug, jobNumber));

    /// <summary>Pipeline definition id of a project (triggerPipelineRun's definition_id); one per project.</summary>
    public Guid DefinitionIdFor(ProjectRecord project) => Seed.IdFor("definition:" + project.Slug, Options.Seed);

    private void ResetCi()
    {
        JobsByNumber.Clear();
        ActiveWorkflows.Clear();
        ScenarioOverride = null;
    }

    /// <summary>Seeded jobs get a plan matching what they did; the clock starts an hour after the newest seed.</summary>
    private void SeedCi()
    {
        foreach (var job in Jobs.Values)
        {
            if (job.StartedAt is { } started && job.StoppedAt is { } stopped) job.Duration = stopped - started;
            if (job.Status is "failed" or "success") job.Outcome = job.Status;
            job.QueuedAt = job.StartedAt?.AddSeconds(-2);
        }
        var newest = Pipelines.Count == 0 ? Seed.Epoch : Pipelines.Values.Max(p => p.CreatedAt);
        Clock.Reset(newest.Date.AddDays(1));
    }
}
