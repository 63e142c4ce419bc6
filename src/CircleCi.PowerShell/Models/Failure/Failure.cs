using System;
using System.Collections.Generic;
using System.Linq;

namespace CircleCi.PowerShell.Models
{
    /// <summary>
    /// One failed job, as Get-CircleFailure reports it: why it failed (the failing steps and their exit codes, or
    /// CircleCI's own reason when a step was stopped: timed out, canceled, infrastructure failure), the end of each
    /// failing step's output, its failed tests (flaky ones marked), and the narrowest rerun.
    /// </summary>
    [DurationFromSeconds("Duration", nameof(DurationSeconds))]
    public sealed class CircleFailure
    {
        public string ProjectSlug { get; set; } = string.Empty;
        public Guid? PipelineId { get; set; }
        public long? PipelineNumber { get; set; }
        public Guid WorkflowId { get; set; }
        public string WorkflowName { get; set; } = string.Empty;
        public Guid JobId { get; set; }
        public string JobName { get; set; } = string.Empty;
        public long? JobNumber { get; set; }
        /// <summary>The job's status: failed, timedout, infrastructure_fail, terminated-unknown, unauthorized.</summary>
        public string Status { get; set; } = string.Empty;
        /// <summary>ExitCode, TimedOut, InfrastructureFailure, Canceled, TestsFailed, Failed, TerminatedUnknown, Unauthorized.</summary>
        public string Reason { get; set; } = string.Empty;
        /// <summary>One sentence saying what failed, for logs and annotations.</summary>
        public string Message { get; set; } = string.Empty;
        public string? WebUrl { get; set; }
        internal TimeSpan? Duration { get; set; }
        public double? DurationSeconds => Duration.HasValue ? Math.Round(Duration.Value.TotalSeconds, 3) : (double?)null;
        public ItemList<FailedStep> Steps { get; set; } = new ItemList<FailedStep>();
        public ItemList<FailedTest> Tests { get; set; } = new ItemList<FailedTest>();
        /// <summary>True when a rerun is likely to pass: an infrastructure failure, a timeout, or only flaky tests failed.</summary>
        public bool LikelyTransient { get; set; }
        /// <summary>The narrowest rerun: the job alone when it is the workflow's only failure, else from failed.</summary>
        public string? Rerun { get; set; }

        /// <summary>The first failing step's name (for the table view).</summary>
        public string? FailedStep => Steps.FirstOrDefault()?.Name;
        public int FailedTestCount => Tests.Count;
        public int FlakyTestCount => Tests.Count(t => t.Flaky);

        public override string ToString() => $"{WorkflowName}/{JobName} #{JobNumber}: {Reason}";
    }

    /// <summary>A step (on one parallel node) that did not succeed.</summary>
    public sealed class FailedStep
    {
        public string Name { get; set; } = string.Empty;
        public long StepNumber { get; set; }
        public long NodeIndex { get; set; }
        /// <summary>CircleCI's step status: failed, timedout, infrastructure_fail, canceled.</summary>
        public string Status { get; set; } = string.Empty;
        public long? ExitCode { get; set; }
        public string Reason { get; set; } = string.Empty;
        /// <summary>The last lines of the step's output, ANSI codes removed.</summary>
        public string OutputTail { get; set; } = string.Empty;

        public override string ToString() => ExitCode.HasValue ? $"{Name} (exit {ExitCode})" : $"{Name} ({Reason})";
    }

    /// <summary>A failed test of a failed job, with the line CircleCI's message names, and Insights' flaky flag.</summary>
    public sealed class FailedTest
    {
        public string Name { get; set; } = string.Empty;
        public string Classname { get; set; } = string.Empty;
        public string? File { get; set; }
        /// <summary>The line in <see cref="File"/> the message points at ("file:42"), when it does.</summary>
        public long? Line { get; set; }
        public string Result { get; set; } = string.Empty;
        public string? Message { get; set; }
        /// <summary>True when Insights lists the test as flaky (it both passed and failed on one commit).</summary>
        public bool Flaky { get; set; }

        public override string ToString() => string.IsNullOrEmpty(Classname) ? Name : Classname + "." + Name;
    }
}
