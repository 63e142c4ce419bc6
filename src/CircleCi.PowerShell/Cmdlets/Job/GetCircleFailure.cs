using System;
using System.Collections.Generic;
using System.Management.Automation;
using CircleCi.PowerShell.Core.Failures;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>
    /// Get-CircleFailure: what failed in a pipeline, workflow or job, one <see cref="CircleFailure"/> per failed job:
    /// failing steps with exit code or CircleCI's reason, the end of their output, failed tests with file, line and
    /// Insights' flaky flag, and the narrowest rerun. Takes pipelines, workflows and jobs from the pipe; a job's number
    /// wins over its workflow, a workflow over its pipeline.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CircleFailure")]
    [OutputType(typeof(CircleFailure))]
    [CircleApiOperation(nameof(Api.PipelineApi.ListWorkflowsByPipelineId), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(Api.WorkflowApi.GetWorkflowById), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(Api.WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(Api.JobApi.GetJobDetails), Model = typeof(JobDetail))]
    [CircleApiOperation(nameof(Api.JobApi.GetTests), Model = typeof(Models.TestResult))]
    [CircleApiOperation(nameof(Api.InsightsApi.GetFlakyTests), Model = typeof(FlakyTestReport))]
    [CircleApiOperation(nameof(Api.JobApi.V1GetJobDetails))]
    public sealed class GetCircleFailureCommand : CircleApiCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Guid? PipelineId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Guid? WorkflowId { get; set; }

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string? ProjectSlug { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        // No "Number" alias: a piped pipeline's Number is not a job number.
        public long? JobNumber { get; set; }

        /// <summary>How many of the last lines of each failing step's output to keep (0: do not read the output).</summary>
        [Parameter]
        [ValidateRange(0, 10000)]
        public int TailLines { get; set; } = 20;

        /// <summary>Do not ask Insights which failed tests are flaky.</summary>
        [Parameter]
        public SwitchParameter SkipFlakyCheck { get; set; }

        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        protected override void ProcessRecord()
        {
            if (JobNumber.HasValue)
            {
                string? slug = CheckSlug(ProjectSlug);
                if (slug == null) return;
                long number = JobNumber.Value;
                ForItem($"{ProjectSlug} job {number}", () =>
                {
                    CircleFailure? failure = Run((session, log, ct) => Reporter(session, log).ForJobNumberAsync(slug, number, ct));
                    if (failure != null) Write(new[] { failure });
                });
                return;
            }
            if (WorkflowId.HasValue)
            {
                Guid id = WorkflowId.Value;
                ForItem(id, () => Write(Run((session, log, ct) => Reporter(session, log).ForWorkflowIdsAsync(new[] { id }, ct))));
                return;
            }
            if (PipelineId.HasValue)
            {
                Guid id = PipelineId.Value;
                ForItem(id, () => Write(Run((session, log, ct) => Reporter(session, log).ForPipelineAsync(id, ct))));
                return;
            }
            WriteInvalidArgument("CircleFailure.NoInput", "Give -PipelineId, -WorkflowId, or -ProjectSlug and -JobNumber (or pipe a pipeline, workflow or job).", null);
        }

        private FailureReporter Reporter(Core.CircleSession session, Core.ICircleLog log) =>
            new FailureReporter(new FailureSource(session, log), log, TailLines, includeFlaky: !SkipFlakyCheck);

        /// <summary>Writes each failed job once, however many of its jobs, workflows or pipelines came down the pipe.</summary>
        private void Write(IEnumerable<CircleFailure> failures)
        {
            foreach (CircleFailure failure in failures)
                if (_seen.Add(failure.JobId.ToString("D") + "|" + failure.JobNumber)) WriteObject(failure);
        }
    }
}
