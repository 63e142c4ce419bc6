using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Failures
{
    /// <summary>
    /// Every API read of the failure report, the host report and the JUnit export, in one place (virtual, so
    /// tests can script them): pipelines, workflows, jobs, a job's v1.1 steps and step output, its tests, and Insights'
    /// flaky tests, through the typed API.
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

        /// <summary>The typed API with this source's log and the call's cancellation.</summary>
        private CircleApi Api(CancellationToken ct) => new CircleApi(_session, _log, ct);

        public virtual Task<Pipeline> GetPipelineAsync(Guid pipelineId, CancellationToken ct) => Api(ct).Pipelines.GetPipelineByIdAsync(pipelineId);

        public virtual Task<List<Workflow>> ListWorkflowsAsync(Guid pipelineId, CancellationToken ct)
        {
            CircleApi api = Api(ct);
            return api.AllPagesAsync(token => api.Pipelines.ListWorkflowsByPipelineIdAsync(pipelineId, token), "workflows of pipeline " + pipelineId);
        }

        public virtual Task<Workflow> GetWorkflowAsync(Guid workflowId, CancellationToken ct) => Api(ct).Workflows.GetWorkflowByIdAsync(workflowId);

        public virtual async Task<List<Job>> ListJobsAsync(Guid workflowId, CancellationToken ct)
        {
            CircleApi api = Api(ct);
            List<Job> jobs = await api.AllPagesAsync(token => api.Workflows.ListWorkflowJobsAsync(workflowId, token), "jobs of workflow " + workflowId)
                .ConfigureAwait(false);
            foreach (Job job in jobs) job.WorkflowId = workflowId;
            return jobs;
        }

        /// <param name="slug">The project slug as the API takes it (normalized).</param>
        public virtual Task<JobDetail> GetJobAsync(string slug, long number, CancellationToken ct) => Api(ct).Jobs.GetJobDetailsAsync(slug, number);

        public virtual Task<List<TestResult>> ListTestsAsync(string slug, long number, CancellationToken ct)
        {
            CircleApi api = Api(ct);
            return api.AllPagesAsync(token => api.Jobs.GetTestsAsync(slug, number, token), $"tests of {slug} job {number}");
        }

        public virtual async Task<List<FlakyTest>> ListFlakyTestsAsync(string slug, CancellationToken ct) =>
            (await Api(ct).Insights.GetFlakyTestsAsync(slug).ConfigureAwait(false)).FlakyTests;

        /// <summary>API v1.1 job with its steps (v2 has none).</summary>
        public virtual Task<V1Build> GetStepsAsync(string slug, long number, CancellationToken ct) => Api(ct).Jobs.V1GetJobDetailsAsync(slug, number);

        /// <summary>A step's output from its presigned output_url, which is never sent the token.</summary>
        public virtual async Task<string> GetStepOutputAsync(Uri outputUrl, CancellationToken ct)
        {
            List<V1OutputLine> lines = await Api(ct).Jobs.GetStepOutputAsync(outputUrl).ConfigureAwait(false);
            var text = new StringBuilder();
            foreach (V1OutputLine line in lines.Where(l => l.Message != null)) text.Append(line.Message);
            return text.ToString();
        }
    }
}
