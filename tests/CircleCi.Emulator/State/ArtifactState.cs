namespace CircleCi.Emulator.State;

public sealed partial class EmulatorState
{
    /// <summary>Job artifacts (own lock); cleared by <see cref="Reset"/>.</summary>
    public ArtifactStore Artifacts { get; } = new();

    /// <summary>Where artifact bytes are served (the second listener), set once it listens.</summary>
    public Uri? ArtifactOrigin { get; set; }

    /// <summary>A seeded job by project and number, or null.</summary>
    public JobRecord? FindJob(string slug, long number)
    {
        lock (Sync)
            return Jobs.Values.FirstOrDefault(j => j.JobNumber == number
                && string.Equals(NormalizeSlug(j.ProjectSlug), slug, StringComparison.OrdinalIgnoreCase));
    }
}
