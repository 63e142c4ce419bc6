using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A job as a workflow lists it (GET /workflow/{id}/job). Approval jobs have no JobNumber.</summary>
    [BindingAlias("JobId", nameof(Id))]
    [DurationFromSeconds("Duration", nameof(DurationSeconds))]
    public sealed class Job
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        /// <summary>build or approval.</summary>
        public string Type { get; set; } = string.Empty;
        /// <summary>success, running, not_run, failed, retried, queued, not_running, infrastructure_fail, timedout, on_hold,
        /// terminated-unknown, blocked, canceled, unauthorized.</summary>
        public string Status { get; set; } = string.Empty;
        public long? JobNumber { get; set; }
        public DateTimeOffset? StartedAt { get; set; }
        public DateTimeOffset? StoppedAt { get; set; }
        public ItemList<Guid> Dependencies { get; set; } = new ItemList<Guid>();
        public string ProjectSlug { get; set; } = string.Empty;
        public Guid? ApprovalRequestId { get; set; }
        public Guid? ApprovedBy { get; set; }
        public Guid? CanceledBy { get; set; }
        [JsonConverter(typeof(JsonTableConverter))]
        public JsonTable? Requires { get; set; }

        /// <summary>The workflow it was listed from (set by the cmdlet; the API does not repeat it).</summary>
        [JsonIgnore] public Guid WorkflowId { get; set; }
        internal TimeSpan? Duration => StartedAt == null ? (TimeSpan?)null : (StoppedAt ?? DateTimeOffset.UtcNow) - StartedAt.Value;
        /// <summary><see cref="Duration"/> in seconds, for exports and sorting.</summary>
        [JsonIgnore] public double? DurationSeconds => Duration.HasValue ? Math.Round(Duration.Value.TotalSeconds, 3) : (double?)null;

        public override string ToString() => JobNumber.HasValue ? $"{Name} #{JobNumber} ({Status})" : $"{Name} ({Status})";
    }

    /// <summary>One job's details (GET /project/{slug}/job/{number}).</summary>
    [BindingAlias("JobNumber", nameof(Number))]
    [DurationFromSeconds("Duration", nameof(DurationSeconds))]
    public sealed class JobDetail
    {
        public long Number { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public string WebUrl { get; set; } = string.Empty;
        public long Parallelism { get; set; }
        public ItemList<JobParallelRun> ParallelRuns { get; set; } = new ItemList<JobParallelRun>();
        public JobExecutor? Executor { get; set; }
        /// <summary>Milliseconds, as the API gives it (null while running); shown as DurationSeconds like every other duration.</summary>
        [JsonInclude, JsonPropertyName("duration")] internal long? DurationMilliseconds { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? QueuedAt { get; set; }
        public DateTimeOffset? StartedAt { get; set; }
        public DateTimeOffset? StoppedAt { get; set; }
        public JobPipelineRef? Pipeline { get; set; }
        public JobWorkflowRef? LatestWorkflow { get; set; }
        public JobProjectRef? Project { get; set; }
        public JobOrganizationRef? Organization { get; set; }
        public ItemList<JobContextRef> Contexts { get; set; } = new ItemList<JobContextRef>();
        public ItemList<JobMessage> Messages { get; set; } = new ItemList<JobMessage>();

        [JsonIgnore] public string? ProjectSlug => Project?.Slug;
        [JsonIgnore] public Guid? WorkflowId => LatestWorkflow?.Id;
        [JsonIgnore] public Guid? PipelineId => Pipeline?.Id;
        /// <summary>The duration in seconds, as Job.DurationSeconds has it.</summary>
        [JsonIgnore] public double? DurationSeconds => DurationMilliseconds.HasValue ? DurationMilliseconds.Value / 1000.0 : (double?)null;

        public override string ToString() => $"{Name} #{Number} ({Status})";
    }

    public sealed class JobParallelRun { public long Index { get; set; } public string Status { get; set; } = string.Empty; public override string ToString() => $"{Index}: {Status}"; }
    public sealed class JobExecutor { public string ResourceClass { get; set; } = string.Empty; public string Type { get; set; } = string.Empty; public override string ToString() => $"{Type} {ResourceClass}"; }
    public sealed class JobPipelineRef { public Guid Id { get; set; } public override string ToString() => Id.ToString(); }
    public sealed class JobWorkflowRef { public Guid Id { get; set; } public string Name { get; set; } = string.Empty; public override string ToString() => Name; }
    public sealed class JobProjectRef
    {
        public Guid Id { get; set; }
        public string Slug { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string ExternalUrl { get; set; } = string.Empty;
        public override string ToString() => Slug;
    }
    public sealed class JobOrganizationRef { public string Name { get; set; } = string.Empty; public override string ToString() => Name; }
    public sealed class JobContextRef { public string Name { get; set; } = string.Empty; public override string ToString() => Name; }
    public sealed class JobMessage
    {
        public string Type { get; set; } = string.Empty;
        public string Message { get; set; } = string.Empty;
        public string? Reason { get; set; }
        public override string ToString() => $"{Type}: {Message}";
    }

    /// <summary>A test result of a job (GET /project/{slug}/{job-number}/tests).</summary>
    [DurationFromSeconds("RunTime", nameof(RunTimeSeconds))]
    public sealed class TestResult
    {
        public string Name { get; set; } = string.Empty;
        public string Classname { get; set; } = string.Empty;
        public string File { get; set; } = string.Empty;
        public string Result { get; set; } = string.Empty;
        public string? Message { get; set; }
        [JsonPropertyName("run_time")] public double RunTimeSeconds { get; set; }
        public string Source { get; set; } = string.Empty;

        [JsonIgnore] public string? ProjectSlug { get; set; }
        [JsonIgnore] public long? JobNumber { get; set; }

        public override string ToString() => $"{Classname}.{Name}: {Result}";
    }
}
