using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A job as a workflow lists it (GET /workflow/{id}/job). Approval jobs have no JobNumber.</summary>
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
        public List<Guid> Dependencies { get; set; } = new List<Guid>();
        public string ProjectSlug { get; set; } = string.Empty;
        public Guid? ApprovalRequestId { get; set; }
        public Guid? ApprovedBy { get; set; }
        public Guid? CanceledBy { get; set; }
        [JsonConverter(typeof(HashtableConverter))]
        public Hashtable? Requires { get; set; }

        /// <summary>The workflow it was listed from (set by the cmdlet; the API does not repeat it).</summary>
        [JsonIgnore] public Guid WorkflowId { get; set; }
        [JsonIgnore, System.Management.Automation.Hidden] public Guid JobId => Id;
        [JsonIgnore] public TimeSpan? Duration => StartedAt == null ? (TimeSpan?)null : (StoppedAt ?? DateTimeOffset.UtcNow) - StartedAt.Value;
        /// <summary><see cref="Duration"/> in seconds, for exports and sorting.</summary>
        [JsonIgnore] public double? DurationSeconds => Duration.HasValue ? Math.Round(Duration.Value.TotalSeconds, 3) : (double?)null;

        public override string ToString() => JobNumber.HasValue ? $"{Name} #{JobNumber} ({Status})" : $"{Name} ({Status})";
    }

    /// <summary>One job's details (GET /project/{slug}/job/{number}).</summary>
    public sealed class JobDetail
    {
        public long Number { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public string WebUrl { get; set; } = string.Empty;
        public long Parallelism { get; set; }
        public List<JobParallelRun> ParallelRuns { get; set; } = new List<JobParallelRun>();
        public JobExecutor? Executor { get; set; }
        /// <summary>Milliseconds, as the API gives it (null while running).</summary>
        public long? Duration { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? QueuedAt { get; set; }
        public DateTimeOffset? StartedAt { get; set; }
        public DateTimeOffset? StoppedAt { get; set; }
        public JobPipelineRef? Pipeline { get; set; }
        public JobWorkflowRef? LatestWorkflow { get; set; }
        public JobProjectRef? Project { get; set; }
        public JobOrganizationRef? Organization { get; set; }
        public List<JobContextRef> Contexts { get; set; } = new List<JobContextRef>();
        public List<JobMessage> Messages { get; set; } = new List<JobMessage>();

        [JsonIgnore, System.Management.Automation.Hidden] public long JobNumber => Number;
        [JsonIgnore] public string? ProjectSlug => Project?.Slug;
        [JsonIgnore] public Guid? WorkflowId => LatestWorkflow?.Id;
        [JsonIgnore] public Guid? PipelineId => Pipeline?.Id;
        [JsonIgnore] public TimeSpan? DurationTime => Duration.HasValue ? TimeSpan.FromMilliseconds(Duration.Value) : (TimeSpan?)null;
        /// <summary>The duration in seconds, as Job.DurationSeconds has it.</summary>
        [JsonIgnore] public double? DurationSeconds => Duration.HasValue ? Duration.Value / 1000.0 : (double?)null;

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
    public sealed class TestResult
    {
        public string Name { get; set; } = string.Empty;
        public string Classname { get; set; } = string.Empty;
        public string File { get; set; } = string.Empty;
        public string Result { get; set; } = string.Empty;
        public string? Message { get; set; }
        /// <summary>Seconds.</summary>
        public double RunTime { get; set; }
        public string Source { get; set; } = string.Empty;

        [JsonIgnore] public string? ProjectSlug { get; set; }
        [JsonIgnore] public long? JobNumber { get; set; }
        [JsonIgnore] public TimeSpan Duration => TimeSpan.FromSeconds(RunTime);

        public override string ToString() => $"{Classname}.{Name}: {Result}";
    }
}
