using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>
    /// The "metrics" object of every Insights answer. CircleCI sends a different subset per endpoint; this class holds
    /// the union, so one set of flattened properties (<see cref="InsightRecord"/>) serves every Insights type.
    /// Durations are seconds, rates 0 to 1.
    /// </summary>
    internal sealed class InsightMetrics
    {
        public long TotalRuns { get; set; }
        public long? SuccessfulRuns { get; set; }
        public long? FailedRuns { get; set; }
        public long? CompletedRuns { get; set; }
        /// <summary>Mean time to recovery in seconds: from a failure to the next success.</summary>
        public long? Mttr { get; set; }
        public long? TotalRecoveries { get; set; }
        public long? TotalCreditsUsed { get; set; }
        public long? MedianCreditsUsed { get; set; }
        public double? SuccessRate { get; set; }
        /// <summary>Average runs per day.</summary>
        public double? Throughput { get; set; }
        public DateTimeOffset? WindowStart { get; set; }
        public DateTimeOffset? WindowEnd { get; set; }
        public InsightDurations? DurationMetrics { get; set; }
        public long? TotalDurationSecs { get; set; }
        public double? P95DurationSecs { get; set; }
    }

    /// <summary>Duration statistics in seconds ("duration_metrics").</summary>
    internal sealed class InsightDurations
    {
        public long? Min { get; set; }
        public long? Mean { get; set; }
        public long? Median { get; set; }
        public long? P95 { get; set; }
        public long? Max { get; set; }
        public double? StandardDeviation { get; set; }
        /// <summary>Summed duration (time series only).</summary>
        public long? Total { get; set; }
    }

    /// <summary>
    /// The "trends" object: each value is this reporting window's metric relative to the previous window of the same
    /// length, as CircleCI computes it (1 means unchanged).
    /// </summary>
    internal sealed class InsightTrends
    {
        public double? TotalRuns { get; set; }
        public double? FailedRuns { get; set; }
        public double? SuccessRate { get; set; }
        public double? P95DurationSecs { get; set; }
        public double? MedianDurationSecs { get; set; }
        public double? TotalCreditsUsed { get; set; }
        public double? TotalDurationSecs { get; set; }
        public double? Mttr { get; set; }
        public double? Throughput { get; set; }
    }

    /// <summary>
    /// The base of every Insights object: the API's metrics (seconds, rates 0-1) flattened into sortable properties
    /// (the nested "metrics" object stays internal, so exports carry no nested object), each duration as …Seconds with
    /// a hidden TimeSpan beside it, and the project slug, workflow name and branch scope it belongs to (set by the
    /// cmdlet, so output from many projects can be grouped and piped on).
    /// </summary>
    [DurationFromSeconds("Mttr", nameof(MttrSeconds))]
    [DurationFromSeconds("MinDuration", nameof(MinDurationSeconds))]
    [DurationFromSeconds("MeanDuration", nameof(MeanDurationSeconds))]
    [DurationFromSeconds("MedianDuration", nameof(MedianDurationSeconds))]
    [DurationFromSeconds("P95Duration", nameof(P95DurationSeconds))]
    [DurationFromSeconds("MaxDuration", nameof(MaxDurationSeconds))]
    [DurationFromSeconds("StandardDeviation", nameof(StandardDeviationSeconds))]
    [DurationFromSeconds("TotalDuration", nameof(TotalDurationSeconds))]
    public abstract class InsightRecord
    {
        [JsonInclude] internal InsightMetrics Metrics { get; set; } = new InsightMetrics();

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        /// <summary>Not JSON-ignored: the summary rows carry "workflow_name" and "branch"; for the others the cmdlet sets them.</summary>
        public string? WorkflowName { get; set; }
        /// <summary>The branch asked for; null means the project's default branch (or all branches, see AllBranches).</summary>
        public string? Branch { get; set; }
        [JsonIgnore] public bool AllBranches { get; set; }

        [JsonIgnore] public long TotalRuns => Metrics.TotalRuns;
        [JsonIgnore] public long? SuccessfulRuns => Metrics.SuccessfulRuns;
        [JsonIgnore] public long? FailedRuns => Metrics.FailedRuns;
        /// <summary>0 to 1; computed from the run counts where CircleCI does not send it (time series).</summary>
        [JsonIgnore] public double SuccessRate => Metrics.SuccessRate
            ?? (Metrics.TotalRuns == 0 || Metrics.SuccessfulRuns == null ? 0 : (double)Metrics.SuccessfulRuns.Value / Metrics.TotalRuns);
        [JsonIgnore] public double? Throughput => Metrics.Throughput;
        [JsonIgnore] public long? TotalCreditsUsed => Metrics.TotalCreditsUsed;
        /// <summary>Mean time to recovery: from a failure to the next success.</summary>
        [JsonIgnore] public long? MttrSeconds => Metrics.Mttr;
        [JsonIgnore] public long? MinDurationSeconds => Metrics.DurationMetrics?.Min;
        [JsonIgnore] public long? MeanDurationSeconds => Metrics.DurationMetrics?.Mean;
        [JsonIgnore] public long? MedianDurationSeconds => Metrics.DurationMetrics?.Median;
        [JsonIgnore] public double? P95DurationSeconds => Metrics.DurationMetrics?.P95 ?? Metrics.P95DurationSecs;
        [JsonIgnore] public long? MaxDurationSeconds => Metrics.DurationMetrics?.Max;
        [JsonIgnore] public double? StandardDeviationSeconds => Metrics.DurationMetrics?.StandardDeviation;
        [JsonIgnore] public long? TotalDurationSeconds => Metrics.DurationMetrics?.Total ?? Metrics.TotalDurationSecs;
    }

    /// <summary>An Insights object that also carries trends against the previous window.</summary>
    public abstract class InsightTrendRecord : InsightRecord
    {
        [JsonInclude] internal InsightTrends Trends { get; set; } = new InsightTrends();

        [JsonIgnore] public InsightTrend? TotalRunsTrend => InsightTrend.From(Trends.TotalRuns);
        [JsonIgnore] public InsightTrend? SuccessRateTrend => InsightTrend.From(Trends.SuccessRate);
        [JsonIgnore] public InsightTrend? TotalCreditsUsedTrend => InsightTrend.From(Trends.TotalCreditsUsed);
        [JsonIgnore] public InsightTrend? P95DurationTrend => InsightTrend.From(Trends.P95DurationSecs);
    }
}
