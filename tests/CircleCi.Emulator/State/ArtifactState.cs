namespace CircleCi.Emulator.State;

public sealed partial class EmulatorState
{
    /// <summary>Job artifacts (own lock); cleared by <see cref="Reset"/>.</summary>
    public ArtifactStore Artifacts { get; } = new();
}
