using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A workflow's metrics over a reporting window (GET /insights/{slug}/workflows).</summary>
    [BindingAlias("Name", nameof(WorkflowName))]
    public sealed class WorkflowMetric : InsightRecord
    {
        /// <summary>CircleCI's "name"; shown and bound as WorkflowName (the cmdlet sets it from this).</summary>
        [JsonInclude, JsonPropertyName("name")] internal string Name { get; set; } = string.Empty;
        public DateTimeOffset? WindowStart { get; set; }
        public DateTimeOffset? WindowEnd { get; set; }
        /// <summary>The document gives project_id no type: a value that is not a Guid leaves it empty.</summary>
        public Guid? ProjectId { get; set; }
        [JsonIgnore] public long? TotalRecoveries => Metrics.TotalRecoveries;
        [JsonIgnore] public string? ReportingWindow { get; set; }
        public override string ToString() => Name;
    }

    /// <summary>A job's metrics within a workflow (GET /insights/{slug}/workflows/{name}/jobs).</summary>
    [BindingAlias("JobName", nameof(Name))]
    public sealed class JobMetric : InsightRecord
    {
        public string Name { get; set; } = string.Empty;
        public DateTimeOffset? WindowStart { get; set; }
        public DateTimeOffset? WindowEnd { get; set; }
        [JsonIgnore] public string? ReportingWindow { get; set; }
        public override string ToString() => Name;
    }

    /// <summary>A workflow's metrics and trends over the last 90 days (GET /insights/{slug}/workflows/{name}/summary).</summary>
    public sealed class WorkflowSummary : InsightTrendRecord
    {
        public ItemList<string> WorkflowNames { get; set; } = new ItemList<string>();
        [JsonIgnore] public long? CompletedRuns => Metrics.CompletedRuns;
        [JsonIgnore] public DateTimeOffset? WindowStart => Metrics.WindowStart;
        [JsonIgnore] public DateTimeOffset? WindowEnd => Metrics.WindowEnd;
        [JsonIgnore] public InsightTrend? MttrTrend => InsightTrend.From(Trends.Mttr);
        [JsonIgnore] public InsightTrend? FailedRunsTrend => InsightTrend.From(Trends.FailedRuns);
        public override string ToString() => WorkflowName ?? string.Empty;
    }

    /// <summary>One job's metrics in one hour or day (GET /insights/time-series/{slug}/workflows/{name}/jobs).</summary>
    [BindingAlias("JobName", nameof(Name))]
    public sealed class JobTimeseries : InsightRecord
    {
        public string Name { get; set; } = string.Empty;
        public DateTimeOffset MinStartedAt { get; set; }
        public DateTimeOffset MaxEndedAt { get; set; }
        /// <summary>The start of the hour or day.</summary>
        public DateTimeOffset Timestamp { get; set; }
        [JsonIgnore] public long? MedianCreditsUsed => Metrics.MedianCreditsUsed;
        [JsonIgnore] public string? Granularity { get; set; }
        public override string ToString() => $"{Name} {Timestamp:u}";
    }

    /// <summary>One run of a workflow (GET /insights/{slug}/workflows/{name}).</summary>
    [BindingAlias("WorkflowId", nameof(Id))]
    [DurationFromSeconds("Duration", nameof(DurationSeconds))]
    public sealed class WorkflowRun
    {
        public Guid Id { get; set; }
        public string Branch { get; set; } = string.Empty;
        /// <summary>Seconds, as the API gives it; null while the run is not finished.</summary>
        [JsonPropertyName("duration")] public long? DurationSeconds { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? StoppedAt { get; set; }
        public long CreditsUsed { get; set; }
        /// <summary>success, failed, error, canceled, unauthorized; null while it runs.</summary>
        public string? Status { get; set; }
        public bool IsApproval { get; set; }

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        [JsonIgnore] public string WorkflowName { get; set; } = string.Empty;
        public override string ToString() => $"{WorkflowName} {CreatedAt:u} ({Status ?? "running"})";
    }

    /// <summary>The branches Insights knows for a project (GET /insights/{slug}/branches): the wire shape.</summary>
    public sealed class InsightBranchList
    {
        public Guid? OrgId { get; set; }
        public Guid? ProjectId { get; set; }
        public ItemList<string> Branches { get; set; } = new ItemList<string>();
    }

    /// <summary>One branch Insights has data for; binds -ProjectSlug, -WorkflowName and -Branch of the other Insights cmdlets.</summary>
    public sealed class InsightBranch
    {
        public string ProjectSlug { get; set; } = string.Empty;
        public string? WorkflowName { get; set; }
        public string Branch { get; set; } = string.Empty;
        public Guid? ProjectId { get; set; }
        public Guid? OrgId { get; set; }
        public override string ToString() => Branch;
    }
}
