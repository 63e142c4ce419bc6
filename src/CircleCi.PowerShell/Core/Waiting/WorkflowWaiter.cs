using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ProgressRecord = System.Management.Automation.ProgressRecord;
using ProgressRecordType = System.Management.Automation.ProgressRecordType;
using Job = CircleCi.PowerShell.Models.Job;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Waiting
{
    /// <summary>
    /// Polls a pipeline's (or a set of) workflows with a growing interval until they finish, are on hold, fail
    /// (with fail-fast), or time out; reports each workflow's and job's state as progress. Runs off the pipeline thread:
    /// progress goes through the callback, which the cmdlet's pump writes.
    /// </summary>
    internal sealed class WorkflowWaiter
    {
        private readonly CircleApi _api;
        private readonly WaitOptions _options;
        private readonly Action<ProgressRecord> _progress;
        private readonly int _activityId;
        private readonly IWaitObserver? _observer;

        /// <summary>The wait runs with <paramref name="api"/>'s log and cancellation; <paramref name="observer"/> (CI hosts)
        /// sees every poll.</summary>
        public WorkflowWaiter(CircleApi api, WaitOptions options, Action<ProgressRecord> progress, int activityId = 1,
            IWaitObserver? observer = null)
        {
            _api = api;
            _observer = observer;
            _options = options;
            _progress = progress;
            _activityId = activityId;
        }

        public Task<WaitResult> WaitForPipelineAsync(Guid pipelineId) =>
            WaitAsync($"pipeline {pipelineId}", async () =>
            {
                Pipeline pipeline = await _api.Pipelines.GetPipelineByIdAsync(pipelineId).ConfigureAwait(false);
                List<Workflow> workflows = await _api.AllPagesAsync(token => _api.Pipelines.ListWorkflowsByPipelineIdAsync(pipelineId, token),
                    "workflows of pipeline " + pipelineId).ConfigureAwait(false);
                return (pipeline, (IReadOnlyList<Workflow>)workflows);
            });

        public Task<WaitResult> WaitForWorkflowsAsync(IReadOnlyList<Guid> workflowIds) =>
            WaitAsync(workflowIds.Count == 1 ? $"workflow {workflowIds[0]}" : $"{workflowIds.Count} workflows", async () =>
            {
                var workflows = new List<Workflow>();
                foreach (Guid id in workflowIds)
                    workflows.Add(await _api.Workflows.GetWorkflowByIdAsync(id).ConfigureAwait(false));
                return ((Pipeline?)null, (IReadOnlyList<Workflow>)workflows);
            });

        private async Task<WaitResult> WaitAsync(string what, Func<Task<(Pipeline? Pipeline, IReadOnlyList<Workflow> Workflows)>> poll)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan interval = _options.PollInterval;
            string activity = "Waiting for " + what;
            try
            {
                while (true)
                {
                    var (pipeline, workflows) = await poll().ConfigureAwait(false);
                    if (pipeline != null)
                    {
                        activity = $"Waiting for {pipeline.ProjectSlug} pipeline #{pipeline.Number}";
                        if (workflows.Count == 0 && pipeline.State == "errored")
                        {
                            string errors = pipeline.Errors.Count == 0 ? "no detail given" : string.Join("; ", pipeline.Errors.Select(e => e.ToString()));
                            return new WaitResult(WaitOutcome.PipelineErrored, workflows, $"Pipeline #{pipeline.Number} errored and ran no workflow: {errors}.", pipeline);
                        }
                        if (workflows.Count == 0 && watch.Elapsed >= _options.NoWorkflowTimeout && pipeline.State != "setup-pending" && pipeline.State != "setup")
                        {
                            string errors = pipeline.Errors.Count == 0 ? "" : " Errors: " + string.Join("; ", pipeline.Errors.Select(e => e.ToString())) + ".";
                            return new WaitResult(WaitOutcome.NoWorkflow, workflows,
                                $"Pipeline #{pipeline.Number} (state {pipeline.State}) created no workflow within {_options.NoWorkflowTimeout.TotalSeconds:0} s.{errors}", pipeline);
                        }
                    }

                    var jobsByWorkflow = new Dictionary<Guid, IReadOnlyList<Job>>();
                    foreach (Workflow workflow in workflows.Where(w => !w.IsFinished))
                        jobsByWorkflow[workflow.Id] = await ListJobsAsync(workflow.Id).ConfigureAwait(false);
                    Report(activity, workflows, jobsByWorkflow, watch.Elapsed);
                    if (_observer != null) await _observer.ObserveAsync(workflows, jobsByWorkflow, _api.Cancellation).ConfigureAwait(false);

                    if (_options.FailFast)
                    {
                        Job? failed = jobsByWorkflow.Values.SelectMany(j => j).FirstOrDefault(j => IsFailedJob(j.Status));
                        Workflow? failedWorkflow = workflows.FirstOrDefault(w => w.Status is "failed" or "error" or "failing");
                        if (failed != null || failedWorkflow != null)
                        {
                            if (failed != null) workflows = await RereadIfNotFailingAsync(workflows, failed.WorkflowId).ConfigureAwait(false);
                            string which = failed != null ? $"job {failed.Name} ({failed.Status})" : $"workflow {failedWorkflow!.Name} ({failedWorkflow.Status})";
                            return new WaitResult(WaitOutcome.FailedFast, workflows, $"Stopped waiting at the first failure: {which}.", pipeline, failed);
                        }
                    }

                    if (workflows.Count > 0 && workflows.All(w => w.IsFinished))
                        return new WaitResult(WaitOutcome.Finished, workflows, Summary(workflows), pipeline);
                    if (workflows.Count > 0 && !_options.WaitForApproval && workflows.All(w => w.IsFinished || w.Status == "on_hold"))
                        return new WaitResult(WaitOutcome.OnHold, workflows, Summary(workflows), pipeline);

                    if (watch.Elapsed >= _options.Timeout)
                        return new WaitResult(WaitOutcome.TimedOut, workflows,
                            $"Gave up after {_options.Timeout.TotalSeconds:0} s: {(workflows.Count == 0 ? "no workflow yet" : Summary(workflows))}.", pipeline);

                    TimeSpan left = _options.Timeout - watch.Elapsed;
                    await Task.Delay(interval < left ? interval : left, _api.Cancellation).ConfigureAwait(false);
                    // Poll quickly at first, then back off: most runs finish in minutes, some take an hour.
                    interval = TimeSpan.FromTicks(Math.Min((long)(interval.Ticks * 1.5), _options.MaxPollInterval.Ticks));
                }
            }
            finally
            {
                _progress(new ProgressRecord(_activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>
        /// The workflows are read before their jobs, so a job that failed in between leaves its workflow "running" in
        /// this poll's snapshot: read that one again, so the workflow written out agrees with the failure reported.
        /// </summary>
        private async Task<IReadOnlyList<Workflow>> RereadIfNotFailingAsync(IReadOnlyList<Workflow> workflows, Guid workflowId)
        {
            if (workflows.Any(w => w.Id == workflowId && (w.IsFinished || w.Status == "failing"))) return workflows;
            Workflow fresh = await _api.Workflows.GetWorkflowByIdAsync(workflowId).ConfigureAwait(false);
            return workflows.Select(w => w.Id == workflowId ? fresh : w).ToList();
        }

        private async Task<IReadOnlyList<Job>> ListJobsAsync(Guid workflowId) =>
            await _api.AllPagesAsync(token => _api.Workflows.ListWorkflowJobsAsync(workflowId, token), "jobs of workflow " + workflowId).ConfigureAwait(false);

        internal static bool IsFailedJob(string status) =>
            status is "failed" or "infrastructure_fail" or "timedout" or "terminated-unknown" or "unauthorized";

        private static string Summary(IReadOnlyList<Workflow> workflows) =>
            string.Join(", ", workflows.Select(w => $"{w.Name} {w.Status}"));

        private void Report(string activity, IReadOnlyList<Workflow> workflows, Dictionary<Guid, IReadOnlyList<Job>> jobs, TimeSpan elapsed)
        {
            int finished = workflows.Count(w => w.IsFinished);
            string status = workflows.Count == 0
                ? $"No workflow yet ({elapsed:hh\\:mm\\:ss})"
                : $"{finished}/{workflows.Count} workflows finished ({elapsed:hh\\:mm\\:ss})";
            var parent = new ProgressRecord(_activityId, activity, status);
            if (workflows.Count > 0) parent.PercentComplete = finished * 100 / workflows.Count;
            _progress(parent);
            int child = _activityId * 100;
            foreach (Workflow workflow in workflows)
            {
                child++;
                string detail = workflow.Status;
                if (jobs.TryGetValue(workflow.Id, out var list) && list.Count > 0)
                    detail += ": " + string.Join(", ", list.Select(j => $"{j.Name} {j.Status}"));
                if (detail.Length > 200) detail = detail.Substring(0, 197) + "...";
                _progress(new ProgressRecord(child, "Workflow " + workflow.Name, detail) { ParentActivityId = _activityId });
            }
            if (_api.Log.IsVerboseEnabled) _api.Log.Verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1}", activity, status));
        }
    }
}
