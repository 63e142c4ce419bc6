using System;

namespace CircleCi.PowerShell.Models
{
    /// <summary>
    /// Get-CircleBranchStatus: one workflow of a branch, as its latest FINISHED run left it, and the run in progress
    /// newer than that (running, failing or on hold), if any.
    /// </summary>
    public sealed class BranchStatus
    {
        public string ProjectSlug { get; set; } = string.Empty;
        public string Branch { get; set; } = string.Empty;
        public string WorkflowName { get; set; } = string.Empty;
        /// <summary>The latest finished run's status (success, failed, error, canceled, ...); empty when no run of
        /// the pipelines read has finished.</summary>
        public string Status { get; set; } = string.Empty;
        /// <summary>True when the latest finished run succeeded.</summary>
        public bool IsSuccess => Status == "success";
        public long? PipelineNumber { get; set; }
        public Guid? PipelineId { get; set; }
        public Guid? WorkflowId { get; set; }
        public DateTimeOffset? StoppedAt { get; set; }
        /// <summary>A newer run not finished yet: running, failing, on_hold, ...; empty when none.</summary>
        public string CurrentStatus { get; set; } = string.Empty;
        public long? CurrentPipelineNumber { get; set; }
        public Guid? CurrentWorkflowId { get; set; }

        public override string ToString() => $"{WorkflowName}: {(Status.Length > 0 ? Status : "no finished run")}";
    }
}
