namespace CircleCi.Emulator.State;

public sealed record SourceRepoRecord(string? FullName, string ExternalId);

public sealed record DefinitionSourceRecord(string Provider, SourceRepoRecord? Repo, string? FilePath);

public sealed class PipelineDefinitionRecord
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public required DateTime CreatedAt { get; init; }
    public required DefinitionSourceRecord ConfigSource { get; set; }
    public required DefinitionSourceRecord CheckoutSource { get; set; }
    [System.Text.Json.Serialization.JsonIgnore] public Guid ProjectId { get; init; }
}

public sealed record TriggerWebhookRecord(string? Url, string? Sender);

public sealed record EventSourceRecord(string Provider, SourceRepoRecord? Repo, TriggerWebhookRecord? Webhook);

public sealed class TriggerRecord
{
    public required Guid Id { get; init; }
    public string? EventName { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required EventSourceRecord EventSource { get; set; }
    public string? EventPreset { get; set; }
    public string? CheckoutRef { get; set; }
    public string? ConfigRef { get; set; }
    public bool Disabled { get; set; }
    [System.Text.Json.Serialization.JsonIgnore] public Guid ProjectId { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public Guid DefinitionId { get; init; }
}

public sealed partial class EmulatorState
{
    public List<PipelineDefinitionRecord> PipelineDefinitions { get; } = new();
    public List<TriggerRecord> Triggers { get; } = new();

    public ProjectRecord? FindProjectById(string id)
    {
        lock (Sync) return Guid.TryParse(id, out var guid) ? Projects.Values.FirstOrDefault(p => p.Id == guid) : null;
    }

    /// <summary>The mobile project (GitHub App org) has a "build" definition with an all-pushes trigger.</summary>
    private void SeedDefinitions()
    {
        PipelineDefinitions.Clear(); Triggers.Clear();
        if (Projects.GetValueOrDefault(Seed.CircleCiProjectSlug(Options.Seed)) is not { } mobile) return;
        var repo = new SourceRepoRecord("acme/mobile", "741852963");
        var definition = new PipelineDefinitionRecord
        {
            Id = Seed.IdFor("definition:mobile/build", Options.Seed), Name = "build", Description = "Build and test", CreatedAt = Seed.Epoch,
            ConfigSource = new("github_app", repo, ".circleci/config.yml"), CheckoutSource = new("github_app", repo, null), ProjectId = mobile.Id,
        };
        PipelineDefinitions.Add(definition);
        Triggers.Add(new TriggerRecord
        {
            Id = Seed.IdFor("trigger:mobile/build/pushes", Options.Seed), CreatedAt = Seed.Epoch, EventSource = new("github_app", repo, null),
            EventPreset = "all-pushes", ProjectId = mobile.Id, DefinitionId = definition.Id,
        });
    }
}
