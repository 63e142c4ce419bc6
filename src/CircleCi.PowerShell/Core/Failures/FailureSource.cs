using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Failures
{
    /// <summary>
    /// Every API read of the failure report, the host report and the JUnit export, in one place: pipelines,
    /// workflows, jobs, a job's v1.1 steps and step output, its tests, and Insights' flaky tests. (When the typed
    /// client's Job, Workflow and Insights areas land, these calls move onto it; nothing else needs to change.)
    /// </summary>
    internal class FailureSource
    {
        private readonly CircleSession _session;
        private readonly ICircleLog _log;

        public FailureSource(CircleSession session, ICircleLog log)
        {
            _session = session;
            _log = log;
        }

        public virtual Task<Pipeline> GetPipelineAsync(Guid pipelineId, CancellationToken ct) =>
            _session.Http.GetJsonAsync("pipeline/" + pipelineId.ToString("D"), PipelineJson.Default.Pipeline, _log, ct, "getPipelineById");

        public virtual Task<List<Workflow>> ListWorkflowsAsync(Guid pipelineId, CancellationToken ct) =>
            _session.Http.GetAllPagesAsync($"pipeline/{pipelineId:D}/workflow", WorkflowJson.Default.PagedResponseWorkflow, _log, ct, "listWorkflowsByPipelineId");

        public virtual Task<Workflow> GetWorkflowAsync(Guid workflowId, CancellationToken ct) =>
            _session.Http.GetJsonAsync("workflow/" + workflowId.ToString("D"), WorkflowJson.Default.Workflow, _log, ct, "getWorkflowById");

        public virtual async Task<List<Job>> ListJobsAsync(Guid workflowId, CancellationToken ct)
        {
            List<Job> jobs = await _session.Http.GetAllPagesAsync($"workflow/{workflowId:D}/job", JobJson.Default.PagedResponseJob, _log, ct, "listWorkflowJobs")
                .ConfigureAwait(false);
            foreach (Job job in jobs) job.WorkflowId = workflowId;
            return jobs;
        }

        /// <param name="slug">The project slug as the API takes it (normalized).</param>
        public virtual Task<JobDetail> GetJobAsync(string slug, long number, CancellationToken ct) =>
            _session.Http.GetJsonAsync($"project/{slug}/job/{number}", JobJson.Default.JobDetail, _log, ct, "getJobDetails");

        public virtual Task<List<TestResult>> ListTestsAsync(string slug, long number, CancellationToken ct) =>
            _session.Http.GetAllPagesAsync($"project/{slug}/{number}/tests", JobJson.Default.PagedResponseTestResult, _log, ct, "getTests");

        public virtual async Task<List<FlakyTest>> ListFlakyTestsAsync(string slug, CancellationToken ct) =>
            (await _session.Http.GetJsonAsync($"insights/{slug}/flaky-tests", InsightsJson.Default.FlakyTestReport, _log, ct, "getFlakyTests")
                .ConfigureAwait(false)).FlakyTests;

        /// <summary>API v1.1 job with its steps (v2 has none).</summary>
        public virtual Task<V1Build> GetStepsAsync(string slug, long number, CancellationToken ct)
        {
            var (vcs, org, repo) = ProjectSlug.ForV1(slug);
            return _session.Http.SendForJsonAsync(new CircleRequest(HttpMethod.Get, _session.ResolveV1($"project/{vcs}/{org}/{repo}/{number}")) { Operation = "v1.1 job" },
                JobLogJson.Default.V1Build, _log, ct);
        }

        /// <summary>A step's output from its presigned output_url, which is never sent the token.</summary>
        public virtual async Task<string> GetStepOutputAsync(Uri outputUrl, CancellationToken ct)
        {
            List<V1OutputLine> lines = await _session.Http.SendForJsonAsync(
                new CircleRequest(HttpMethod.Get, outputUrl) { Authenticate = false, Operation = "step output" }, JobLogJson.Default.ListV1OutputLine, _log, ct)
                .ConfigureAwait(false);
            var text = new StringBuilder();
            foreach (V1OutputLine line in lines.Where(l => l.Message != null)) text.Append(line.Message);
            return text.ToString();
        }
    }
}
