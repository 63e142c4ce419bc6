using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core.Waiting;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>
    /// The waiting parameters and result handling shared by Wait-CirclePipeline, Wait-CircleWorkflow and
    /// Invoke-CirclePipeline -Wait: timeout, a poll interval that grows, fail-fast, approvals, and errors that a CI
    /// step can act on.
    /// </summary>
    public abstract partial class WaitCmdletBase : CircleApiCmdlet
    {
        /// <summary>Seconds to wait before giving up (default one hour).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Timeout { get; set; } = 3600;

        /// <summary>Seconds between the first polls; the interval grows by half each poll up to -MaxPollInterval.</summary>
        [Parameter]
        [ValidateRange(0.01, 3600)]
        public double PollInterval { get; set; } = 5;

        [Parameter]
        [ValidateRange(0.01, 3600)]
        public double MaxPollInterval { get; set; } = 30;

        /// <summary>Seconds a pipeline may show no workflow before the wait ends with an error.</summary>
        [Parameter]
        [ValidateRange(0, 86400)]
        public int NoWorkflowTimeout { get; set; } = 120;

        /// <summary>Write an error for each workflow that did not succeed (fails a CI step that stops on errors); a
        /// workflow on hold for an approval is an error too unless -WaitForApproval waits for it.</summary>
        [Parameter]
        public SwitchParameter ErrorOnFailure { get; set; }

        /// <summary>Stop waiting at the first failed job.</summary>
        [Parameter]
        public SwitchParameter FailFast { get; set; }

        /// <summary>Keep waiting while a workflow is on hold for an approval (by default on hold ends the wait).</summary>
        [Parameter]
        public SwitchParameter WaitForApproval { get; set; }

        internal WaitOptions Options => new WaitOptions
        {
            Timeout = TimeSpan.FromSeconds(Timeout),
            PollInterval = TimeSpan.FromSeconds(PollInterval),
            MaxPollInterval = TimeSpan.FromSeconds(Math.Max(PollInterval, MaxPollInterval)),
            NoWorkflowTimeout = TimeSpan.FromSeconds(NoWorkflowTimeout),
            FailFast = FailFast,
            WaitForApproval = WaitForApproval,
        };

        /// <summary>Waits for a pipeline's workflows and writes them, then the errors and warnings the outcome calls for.</summary>
        internal void WaitAndWrite(Models.Pipeline pipeline) => WriteResult(RunWaiter(waiter => waiter.WaitForPipelineAsync(pipeline.Id)), pipeline);

        /// <summary>Runs a wait off the pipeline thread; its progress (or, in a CI host, its log lines) is written by the
        /// cmdlet's pump.</summary>
        internal WaitResult RunWaiter(Func<WorkflowWaiter, Task<WaitResult>> wait) =>
            Run((session, log, ct) => wait(NewWaiter(new CircleApi(session, log, ct), log)));

        internal void WriteResult(WaitResult result, object target)
        {
            ReportToHost(result);
            foreach (Models.Workflow workflow in result.Workflows) WriteObject(workflow);
            switch (result.Outcome)
            {
                case WaitOutcome.TimedOut:
                    WriteError(new ErrorRecord(new TimeoutException(result.Message), "CircleWait.Timeout", ErrorCategory.OperationTimeout, target)
                    { ErrorDetails = new ErrorDetails(result.Message) });
                    return;
                case WaitOutcome.PipelineErrored:
                case WaitOutcome.NoWorkflow:
                    string id = result.Outcome == WaitOutcome.PipelineErrored ? "CirclePipeline.Errored" : "CirclePipeline.NoWorkflow";
                    string message = WaitMessages.NamePipeline(result.Message, result.Pipeline);
                    WriteError(new ErrorRecord(new InvalidOperationException(message), id, ErrorCategory.InvalidResult, target)
                    { ErrorDetails = new ErrorDetails(message) { RecommendedAction = WaitMessages.NoWorkflowAction(result.Pipeline) } });
                    return;
                case WaitOutcome.OnHold:
                    // -ErrorOnFailure: a hold is a failure (a green step must not hide a deploy waiting for approval);
                    // -WaitForApproval waits for it instead (about_CircleCi, "Waiting and approval holds").
                    if (ErrorOnFailure)
                    {
                        foreach (var held in result.Workflows.Where(w => w.Status == "on_hold"))
                        {
                            string heldMessage = WaitMessages.OnHold(held);
                            WriteError(new ErrorRecord(new InvalidOperationException(heldMessage), "CircleWorkflow.OnHold", ErrorCategory.OperationStopped, held)
                            { ErrorDetails = new ErrorDetails(heldMessage) { RecommendedAction = WaitMessages.OnHoldAction(held) } });
                        }
                    }
                    else foreach (var held in result.Workflows.Where(w => w.Status == "on_hold"))
                        WriteWarning($"Workflow {held.Name} ({held.Id}) is on hold, waiting for an approval: Get-CircleJob -WorkflowId {held.Id} | Where-Object Type -eq approval | Approve-CircleJob");
                    break;
                case WaitOutcome.FailedFast:
                    WriteVerbose(result.Message);
                    break;
            }
            if (!ErrorOnFailure) return;
            bool reported = false;
            foreach (var failed in result.Workflows.Where(w => w.IsFinished && w.Status != "success"))
            {
                reported = true;
                string message = $"Workflow {failed.Name} of {failed.ProjectSlug} pipeline #{failed.PipelineNumber} ended {failed.Status}.";
                WriteError(new ErrorRecord(new InvalidOperationException(message), "CircleWorkflow.Failed", ErrorCategory.InvalidResult, failed)
                { ErrorDetails = new ErrorDetails(message) { RecommendedAction = $"Get-CircleJob -WorkflowId {failed.Id} | Where-Object Status -eq failed | Get-CircleJobLog" } });
            }
            if (result.Outcome == WaitOutcome.FailedFast && !reported)
            {
                WriteError(new ErrorRecord(new InvalidOperationException(result.Message), "CircleWorkflow.Failed", ErrorCategory.InvalidResult, (object?)result.FailedJob ?? target)
                { ErrorDetails = new ErrorDetails(result.Message) });
            }
        }
    }
}
