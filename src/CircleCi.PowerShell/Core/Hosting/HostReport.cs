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
    /// What a finished wait tells the CI host: an error annotation per failed job and per failed test with a file,
    /// the step summary, and the step outputs circleci_pipeline_id, circleci_pipeline_number, circleci_pipeline_url
    /// and circleci_status. All built from the failure report, so a terminal user gets the same facts from Get-CircleFailure.
    /// </summary>
    internal static class HostReport
    {
        public const string PipelineIdOutput = "circleci_pipeline_id", PipelineNumberOutput = "circleci_pipeline_number",
            PipelineUrlOutput = "circleci_pipeline_url", StatusOutput = "circleci_status";

        /// <summary>Caps annotations: GitHub shows 10 errors per step; the summary still lists every failure.</summary>
        public const int MaxTestAnnotations = 25;

        public static async Task WriteAsync(CiHostWriter writer, FailureSource source, FailureReporter reporter, WebLinks links,
            WaitResult result, CancellationToken ct)
        {
            List<Workflow> workflows = FailureReporter.Latest(result.Workflows).ToList();
            Workflow? first = result.Workflows.FirstOrDefault();
            string? slug = result.Pipeline?.ProjectSlug ?? first?.ProjectSlug;
            long? number = result.Pipeline?.Number ?? first?.PipelineNumber;
            Guid? pipelineId = result.Pipeline?.Id ?? first?.PipelineId;
            string? pipelineUrl = slug != null && number.HasValue ? links.Pipeline(slug, number.Value) : null;

            var jobs = new Dictionary<Guid, List<Job>>();
            foreach (Workflow workflow in workflows) jobs[workflow.Id] = await source.ListJobsAsync(workflow.Id, ct).ConfigureAwait(false);
            List<CircleFailure> failures = await reporter.ForWorkflowsAsync(workflows, ct, jobs).ConfigureAwait(false);

            int tests = 0;
            foreach (CircleFailure failure in failures)
            {
                string link = failure.WebUrl ?? links.Job(failure.ProjectSlug, failure.PipelineNumber ?? 0, failure.WorkflowId, failure.JobNumber);
                writer.Error(new CiAnnotation($"CircleCI {failure.WorkflowName}/{failure.JobName}", failure.Message + " " + link));
                foreach (FailedTest test in failure.Tests.Where(t => t.File != null))
                {
                    if (++tests > MaxTestAnnotations) break;
                    writer.Error(new CiAnnotation(test + (test.Flaky ? " (flaky)" : ""), string.IsNullOrEmpty(test.Message) ? "failed" : test.Message!, test.File, test.Line));
                }
            }

            string status = StatusOf(result, workflows);
            string title = slug != null && number.HasValue ? $"CircleCI {slug} pipeline #{number}: {status}" : $"CircleCI: {status}";
            writer.AppendSummary(StepSummary.Build(title, pipelineUrl, workflows, jobs, failures, links));

            if (pipelineId.HasValue) writer.SetOutput(PipelineIdOutput, pipelineId.Value.ToString("D"));
            if (number.HasValue) writer.SetOutput(PipelineNumberOutput, number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (pipelineUrl != null) writer.SetOutput(PipelineUrlOutput, pipelineUrl);
            writer.SetOutput(StatusOutput, status);
        }

        /// <summary>One word for the pipeline: success, failed, canceled, on_hold, running (a wait that timed out),
        /// errored (no workflow, config error) or no_workflow.</summary>
        internal static string StatusOf(WaitResult result, IReadOnlyList<Workflow> latest)
        {
            if (result.Outcome == WaitOutcome.PipelineErrored) return "errored";
            if (result.Outcome == WaitOutcome.NoWorkflow) return "no_workflow";
            if (latest.Count == 0) return "running";
            if (latest.Any(w => w.Status is "failed" or "error" or "failing" or "unauthorized")) return "failed";
            if (latest.Any(w => w.Status == "canceled")) return "canceled";
            if (latest.All(w => w.Status == "success")) return "success";
            if (latest.Any(w => w.Status == "on_hold")) return "on_hold";
            return latest.All(w => w.IsFinished) ? latest[0].Status : "running";
        }
    }
}
