using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A pipeline (GET /pipeline/{id}, /project/{slug}/pipeline, ...).</summary>
    [BindingAlias("PipelineId", nameof(Id))]
    [BindingAlias("PipelineNumber", nameof(Number))]
    public sealed class Pipeline
    {
        public Guid Id { get; set; }
        public long Number { get; set; }
        /// <summary>created, errored, setup-pending, setup, pending (a pipeline has no finished state; its workflows do).</summary>
        public string State { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public string ProjectSlug { get; set; } = string.Empty;
        public ItemList<PipelineError> Errors { get; set; } = new ItemList<PipelineError>();
        public PipelineTrigger? Trigger { get; set; }
        public PipelineVcs? Vcs { get; set; }
        [JsonConverter(typeof(JsonTableConverter))]
        public JsonTable? TriggerParameters { get; set; }

        [JsonIgnore] public string? Branch => Vcs?.Branch;
        [JsonIgnore] public string? Tag => Vcs?.Tag;
        [JsonIgnore] public string? Revision => Vcs?.Revision;

        public override string ToString() => $"{ProjectSlug} #{Number}";
    }

    public sealed class PipelineError
    {
        /// <summary>config, invalid-trigger-setup, config-fetch, timeout, permission, other, trigger-rule, plan.</summary>
        public string Type { get; set; } = string.Empty;
        public string Message { get; set; } = string.Empty;
        public override string ToString() => $"{Type}: {Message}";
    }

    public sealed class PipelineTrigger
    {
        /// <summary>scheduled_pipeline, explicit, api, webhook.</summary>
        public string Type { get; set; } = string.Empty;
        public DateTimeOffset ReceivedAt { get; set; }
        public PipelineActor? Actor { get; set; }
        public override string ToString() => $"{Type} by {Actor?.Login}";
    }

    public sealed class PipelineActor
    {
        public string Login { get; set; } = string.Empty;
        public string? AvatarUrl { get; set; }
        public override string ToString() => Login;
    }

    public sealed class PipelineVcs
    {
        public string ProviderName { get; set; } = string.Empty;
        public string TargetRepositoryUrl { get; set; } = string.Empty;
        public string OriginRepositoryUrl { get; set; } = string.Empty;
        public string? Revision { get; set; }
        public string? Branch { get; set; }
        public string? Tag { get; set; }
        public string? ReviewId { get; set; }
        public string? ReviewUrl { get; set; }
        public PipelineCommit? Commit { get; set; }
        public override string ToString() => Branch ?? Tag ?? Revision ?? string.Empty;
    }

    public sealed class PipelineCommit
    {
        public string? Subject { get; set; }
        public string? Body { get; set; }
        public override string ToString() => Subject ?? string.Empty;
    }
}
