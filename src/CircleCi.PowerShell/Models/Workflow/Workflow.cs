using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A workflow (GET /workflow/{id}, GET /pipeline/{id}/workflow).</summary>
    [BindingAlias("WorkflowId", nameof(Id))]
    [BindingAlias("WorkflowName", nameof(Name))]
    [DurationFromSeconds("Duration", nameof(DurationSeconds))]
    public sealed class Workflow
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        /// <summary>success, running, not_run, failed, error, failing, on_hold, canceled, unauthorized.</summary>
        public string Status { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? StoppedAt { get; set; }
        public Guid PipelineId { get; set; }
        public long PipelineNumber { get; set; }
        public string ProjectSlug { get; set; } = string.Empty;
        public Guid StartedBy { get; set; }
        public Guid? CanceledBy { get; set; }
        public Guid? ErroredBy { get; set; }
        /// <summary>"setup" for a setup workflow, else null.</summary>
        public string? Tag { get; set; }
        public long? AutoRerunNumber { get; set; }
        public long? MaxAutoReruns { get; set; }

        /// <summary>How long it ran (to now while it still runs).</summary>
        internal TimeSpan Duration => (StoppedAt ?? DateTimeOffset.UtcNow) - CreatedAt;
        /// <summary><see cref="Duration"/> in seconds, for exports and sorting.</summary>
        [JsonIgnore] public double DurationSeconds => Math.Round(Duration.TotalSeconds, 3);
        /// <summary>True once the status can no longer change on its own (on_hold waits for a person).</summary>
        [JsonIgnore] public bool IsFinished => Status is "success" or "failed" or "error" or "canceled" or "unauthorized" or "not_run";

        public override string ToString() => $"{Name} ({Status})";
    }

    /// <summary>The answer of POST /workflow/{id}/rerun.</summary>
    public sealed class WorkflowRerunResponse
    {
        public Guid WorkflowId { get; set; }
    }
}
