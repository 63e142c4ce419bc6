using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Failures;
using CircleCi.PowerShell.Core.Waiting;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Hosting
{
    /// <summary>
    /// Log-friendly waiting for CI hosts, where a progress bar shows nowhere: one line per change instead. Each poll's
    /// job changes of a workflow go in a collapsible group named after the workflow; a workflow starting or finishing
    /// is a line of its own, with its status, duration and link. A workflow that finished between two polls has its
    /// jobs read once more, so their final states are logged too.
    /// </summary>
    internal sealed class WaitLineLogger : IWaitObserver
    {
        private readonly CiHostWriter _writer;
        private readonly FailureSource _source;
        private readonly WebLinks _links;
        private readonly Dictionary<Guid, string> _workflows = new Dictionary<Guid, string>();
        private readonly Dictionary<Guid, string> _jobs = new Dictionary<Guid, string>();

        public WaitLineLogger(CiHostWriter writer, FailureSource source, WebLinks links)
        {
            _writer = writer;
            _source = source;
            _links = links;
        }

        public async Task ObserveAsync(IReadOnlyList<Workflow> workflows, IReadOnlyDictionary<Guid, IReadOnlyList<Job>> jobs, CancellationToken ct)
        {
            foreach (Workflow workflow in workflows)
            {
                bool seen = _workflows.TryGetValue(workflow.Id, out string? before);
                if (seen && before == workflow.Status && (workflow.IsFinished || workflow.Status == "on_hold")) continue;
                IReadOnlyList<Job>? list = jobs.TryGetValue(workflow.Id, out var polled) ? polled : null;
                if (list == null && workflow.IsFinished && before != workflow.Status)
                    list = await _source.ListJobsAsync(workflow.Id, ct).ConfigureAwait(false);

                if (!seen && !workflow.IsFinished) _writer.Line($"Workflow {workflow.Name} {workflow.Status} {_links.Workflow(workflow.ProjectSlug, workflow.PipelineNumber, workflow.Id)}");
                var changes = new List<string>();
                foreach (Job job in list ?? Array.Empty<Job>())
                {
                    if (_jobs.TryGetValue(job.Id, out string? was) && was == job.Status) continue;
                    if (was == null && job.Status == "blocked") { _jobs[job.Id] = job.Status; continue; } // nothing to say yet
                    _jobs[job.Id] = job.Status;
                    changes.Add(JobLine(workflow, job));
                }
                if (changes.Count > 0)
                {
                    _writer.StartGroup($"{workflow.Name}: {changes.Count} job change{(changes.Count == 1 ? "" : "s")}");
                    foreach (string line in changes) _writer.Line(line);
                    _writer.EndGroup();
                }
                if ((seen && before != workflow.Status) || (!seen && workflow.IsFinished))
                {
                    string after = workflow.IsFinished ? $" after {StepSummary.Duration(workflow.StoppedAt - workflow.CreatedAt)}" : "";
                    _writer.Line($"Workflow {workflow.Name} {workflow.Status}{after} {_links.Workflow(workflow.ProjectSlug, workflow.PipelineNumber, workflow.Id)}");
                }
                _workflows[workflow.Id] = workflow.Status;
            }
        }

        private string JobLine(Workflow workflow, Job job)
        {
            string name = job.JobNumber.HasValue ? $"{job.Name} #{job.JobNumber}" : job.Name;
            bool finished = job.StoppedAt.HasValue && job.Status is not ("running" or "queued" or "blocked" or "on_hold");
            string after = finished && job.StartedAt.HasValue ? $" after {StepSummary.Duration(job.StoppedAt - job.StartedAt)}" : "";
            return $"Job {name} {job.Status}{after} {_links.Job(workflow.ProjectSlug, workflow.PipelineNumber, workflow.Id, job.JobNumber)}";
        }
    }
}
