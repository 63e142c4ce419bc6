using System;
using System.Collections.Generic;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Waiting
{
    public sealed class WaitOptions
    {
        public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(1);
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
        public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);
        /// <summary>How long a created pipeline may show no workflow before the wait gives up.</summary>
        public TimeSpan NoWorkflowTimeout { get; set; } = TimeSpan.FromMinutes(2);
        public bool FailFast { get; set; }
        public bool WaitForApproval { get; set; }
    }

    /// <summary>Sees each poll's workflows and the jobs of those still running (log-friendly waiting in CI hosts).</summary>
    internal interface IWaitObserver
    {
        System.Threading.Tasks.Task ObserveAsync(IReadOnlyList<Workflow> workflows, IReadOnlyDictionary<Guid, IReadOnlyList<Job>> jobs,
            System.Threading.CancellationToken ct);
    }

    public enum WaitOutcome
    {
        /// <summary>Every workflow reached a final status.</summary>
        Finished,
        /// <summary>Every workflow is finished or on hold, waiting for an approval.</summary>
        OnHold,
        /// <summary>-FailFast saw a failed job and stopped waiting.</summary>
        FailedFast,
        TimedOut,
        /// <summary>The pipeline itself errored (e.g. a config error) and has no workflow.</summary>
        PipelineErrored,
        /// <summary>The pipeline created no workflow within the grace period.</summary>
        NoWorkflow,
    }

    public sealed class WaitResult
    {
        public WaitResult(WaitOutcome outcome, IReadOnlyList<Workflow> workflows, string message, Pipeline? pipeline = null, Job? failedJob = null)
        {
            Outcome = outcome;
            Workflows = workflows;
            Message = message;
            Pipeline = pipeline;
            FailedJob = failedJob;
        }

        public WaitOutcome Outcome { get; }
        public IReadOnlyList<Workflow> Workflows { get; }
        public string Message { get; }
        public Pipeline? Pipeline { get; }
        public Job? FailedJob { get; }
    }
}
