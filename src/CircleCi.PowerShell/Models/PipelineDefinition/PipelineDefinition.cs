using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A pipeline definition of a project: where its config comes from and what it checks out.</summary>
    [BindingAlias("PipelineDefinitionId", nameof(Id))]
    public sealed class PipelineDefinition
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string? Description { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DefinitionSource ConfigSource { get; set; } = new DefinitionSource();
        public DefinitionSource CheckoutSource { get; set; } = new DefinitionSource();

        /// <summary>The project (set by the cmdlet; the API does not send it).</summary>
        [JsonIgnore] public Guid ProjectId { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>A config or checkout source: github_app (a repository) or circleci (config stored by CircleCI).</summary>
    public sealed class DefinitionSource
    {
        public string Provider { get; set; } = string.Empty;
        public SourceRepository? Repo { get; set; }
        /// <summary>The config file's path in the repository (config sources only).</summary>
        public string? FilePath { get; set; }

        public override string ToString() => Repo == null ? Provider : $"{Provider} {Repo.FullName}";
    }

    public sealed class SourceRepository
    {
        public string? FullName { get; set; }
        /// <summary>The repository's id at the provider (e.g. GitHub's numeric id).</summary>
        public string? ExternalId { get; set; }

        public override string ToString() => FullName ?? ExternalId ?? string.Empty;
    }

    /// <summary>{"items": [...]} of the definitions and triggers lists (not paged).</summary>
    public sealed class ItemsEnvelope<T>
    {
        public List<T> Items { get; set; } = new List<T>();
    }

    /// <summary>A trigger: which events of which source start a pipeline of a definition.</summary>
    [BindingAlias("TriggerId", nameof(Id))]
    public sealed class DefinitionTrigger
    {
        public Guid Id { get; set; }
        public string? EventName { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public TriggerEventSource EventSource { get; set; } = new TriggerEventSource();
        /// <summary>all-pushes, only-tags, default-branch-pushes, only-build-prs, ... (GitHub App triggers).</summary>
        public string? EventPreset { get; set; }
        public string? CheckoutRef { get; set; }
        public string? ConfigRef { get; set; }
        public bool Disabled { get; set; }

        [JsonIgnore] public Guid ProjectId { get; set; }
        /// <summary>The definition, when the trigger was listed through it (not named PipelineDefinitionId, so a piped
        /// trigger binds to -TriggerId alone).</summary>
        [JsonIgnore] public Guid? DefinitionId { get; set; }

        public override string ToString() => EventName ?? EventPreset ?? Id.ToString();
    }

    public sealed class TriggerEventSource
    {
        /// <summary>github_app or webhook.</summary>
        public string Provider { get; set; } = string.Empty;
        public SourceRepository? Repo { get; set; }
        public TriggerWebhook? Webhook { get; set; }

        public override string ToString() => Provider;
    }

    public sealed class TriggerWebhook
    {
        /// <summary>The URL to POST events to (webhook triggers).</summary>
        public string? Url { get; set; }
        public string? Sender { get; set; }

        public override string ToString() => Url ?? Sender ?? string.Empty;
    }
}
