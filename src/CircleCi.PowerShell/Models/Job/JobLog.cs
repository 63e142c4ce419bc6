using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>One step of one parallel run of a job, with its output text (API v1.1 steps and output_url).</summary>
    [DurationFromSeconds("RunTime", nameof(RunTimeSeconds))]
    public sealed class JobStepLog
    {
        public string ProjectSlug { get; set; } = string.Empty;
        public long JobNumber { get; set; }
        public string Step { get; set; } = string.Empty;
        /// <summary>The step's position in the job (v1.1 "step").</summary>
        public long StepNumber { get; set; }
        /// <summary>Which parallel run (node) it ran on.</summary>
        public long NodeIndex { get; set; }
        public string Status { get; set; } = string.Empty;
        public long? ExitCode { get; set; }
        public DateTimeOffset? StartTime { get; set; }
        public DateTimeOffset? EndTime { get; set; }
        internal TimeSpan? RunTime { get; set; }
        [System.Text.Json.Serialization.JsonIgnore] public double? RunTimeSeconds => RunTime.HasValue ? Math.Round(RunTime.Value.TotalSeconds, 3) : (double?)null;
        public string? Command { get; set; }
        public string Output { get; set; } = string.Empty;
        /// <summary>True when CircleCI cut the stored output short.</summary>
        public bool Truncated { get; set; }

        public override string ToString() => $"{Step} ({Status}{(ExitCode.HasValue ? ", exit " + ExitCode : "")})";
    }

    // API v1.1 shapes, only what Get-CircleJobLog and Restart-CircleJob read. Internal: never on the pipeline.
    internal sealed class V1Build
    {
        public long BuildNum { get; set; }
        public string? Status { get; set; }
        public string? Lifecycle { get; set; }
        public string? Outcome { get; set; }
        public List<V1Step> Steps { get; set; } = new List<V1Step>();
    }

    internal sealed class V1Step
    {
        public string Name { get; set; } = string.Empty;
        public List<V1Action> Actions { get; set; } = new List<V1Action>();
    }

    internal sealed class V1Action
    {
        public string Name { get; set; } = string.Empty;
        public long Index { get; set; }
        public long Step { get; set; }
        public string? Status { get; set; }
        public long? ExitCode { get; set; }
        public DateTimeOffset? StartTime { get; set; }
        public DateTimeOffset? EndTime { get; set; }
        public long? RunTimeMillis { get; set; }
        public bool HasOutput { get; set; }
        public string? OutputUrl { get; set; }
        public string? BashCommand { get; set; }
        /// <summary>CircleCI's flags for a step it stopped itself (exit_code stays null then).</summary>
        public bool? Failed { get; set; }
        public bool? Timedout { get; set; }
        public bool? InfrastructureFail { get; set; }
        public bool? Canceled { get; set; }
    }

    internal sealed class V1OutputLine
    {
        public string? Message { get; set; }
        public string? Type { get; set; }
        public bool Truncated { get; set; }
    }
}
