using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private InsightsApi? _insights;
        public InsightsApi Insights => _insights ??= new InsightsApi(this);
    }

    /// <summary>
    /// The Insights operations of openapi-v2.json. A branch scope is a branch name or all-branches (not both); with
    /// neither, CircleCI uses the project's default branch. reportingWindow is one of last-24-hours, last-7-days,
    /// last-30-days, last-60-days, last-90-days.
    /// </summary>
    public sealed class InsightsApi
    {
        internal static readonly ApiRoute GetProjectWorkflowsPageData = ApiRoute.Get("getProjectWorkflowsPageData", "/insights/pages/{project-slug}/summary");
        internal static readonly ApiRoute GetJobTimeseries = ApiRoute.Get("getJobTimeseries", "/insights/time-series/{project-slug}/workflows/{workflow-name}/jobs");
        internal static readonly ApiRoute GetOrgSummaryData = ApiRoute.Get("getOrgSummaryData", "/insights/{org-slug}/summary");
        internal static readonly ApiRoute GetAllInsightsBranches = ApiRoute.Get("getAllInsightsBranches", "/insights/{project-slug}/branches");
        internal static readonly ApiRoute GetFlakyTests = ApiRoute.Get("getFlakyTests", "/insights/{project-slug}/flaky-tests");
        internal static readonly ApiRoute GetProjectWorkflowMetrics = ApiRoute.Get("getProjectWorkflowMetrics", "/insights/{project-slug}/workflows");
        internal static readonly ApiRoute GetProjectWorkflowRuns = ApiRoute.Get("getProjectWorkflowRuns", "/insights/{project-slug}/workflows/{workflow-name}");
        internal static readonly ApiRoute GetProjectWorkflowJobMetrics = ApiRoute.Get("getProjectWorkflowJobMetrics", "/insights/{project-slug}/workflows/{workflow-name}/jobs");
        internal static readonly ApiRoute GetWorkflowSummary = ApiRoute.Get("getWorkflowSummary", "/insights/{project-slug}/workflows/{workflow-name}/summary");
        internal static readonly ApiRoute GetProjectWorkflowTestMetrics = ApiRoute.Get("getProjectWorkflowTestMetrics", "/insights/{project-slug}/workflows/{workflow-name}/test-metrics");

        private readonly CircleApi _api;

        internal InsightsApi(CircleApi api) => _api = api;

        public Task<ProjectSummary> GetProjectWorkflowsPageDataAsync(string projectSlug, string? reportingWindow = null,
            IEnumerable<string>? branches = null, IEnumerable<string>? workflowNames = null) =>
            _api.CallAsync(GetProjectWorkflowsPageData.Path(projectSlug).Query("reporting-window", reportingWindow)
                .Query("branches", branches).Query("workflow-names", workflowNames), InsightsJson.Default.ProjectSummary);

        /// <summary>The document declares no page-token here, but the answer carries next_page_token (API-NOTES §3).</summary>
        public Task<PagedResponse<JobTimeseries>> GetJobTimeseriesAsync(string projectSlug, string workflowName, string? branch = null,
            string? granularity = null, DateTimeOffset? startDate = null, DateTimeOffset? endDate = null, string? pageToken = null) =>
            _api.CallAsync(GetJobTimeseries.Path(projectSlug, workflowName).Query("branch", branch).Query("granularity", granularity)
                .Query("start-date", startDate).Query("end-date", endDate).Query("page-token", pageToken), InsightsJson.Default.PagedResponseJobTimeseries);

        /// <summary><paramref name="orgSlug"/> is vcs/org, e.g. gh/acme or circleci/&lt;org-id&gt;.</summary>
        public Task<OrgSummary> GetOrgSummaryDataAsync(string orgSlug, string? reportingWindow = null, IEnumerable<string>? projectNames = null) =>
            _api.CallAsync(GetOrgSummaryData.Path(orgSlug).Query("reporting-window", reportingWindow).Query("project-names", projectNames),
                InsightsJson.Default.OrgSummary);

        public Task<InsightBranchList> GetAllInsightsBranchesAsync(string projectSlug, string? workflowName = null) =>
            _api.CallAsync(GetAllInsightsBranches.Path(projectSlug).Query("workflow-name", workflowName), InsightsJson.Default.InsightBranchList);

        public Task<FlakyTestReport> GetFlakyTestsAsync(string projectSlug) =>
            _api.CallAsync(GetFlakyTests.Path(projectSlug), InsightsJson.Default.FlakyTestReport);

        public Task<PagedResponse<WorkflowMetric>> GetProjectWorkflowMetricsAsync(string projectSlug, string? branch = null, bool? allBranches = null,
            string? reportingWindow = null, string? pageToken = null) =>
            _api.CallAsync(GetProjectWorkflowMetrics.Path(projectSlug).Query("branch", branch).Query("all-branches", allBranches)
                .Query("reporting-window", reportingWindow).Query("page-token", pageToken), InsightsJson.Default.PagedResponseWorkflowMetric);

        public Task<PagedResponse<WorkflowRun>> GetProjectWorkflowRunsAsync(string projectSlug, string workflowName, string? branch = null,
            bool? allBranches = null, DateTimeOffset? startDate = null, DateTimeOffset? endDate = null, string? pageToken = null) =>
            _api.CallAsync(GetProjectWorkflowRuns.Path(projectSlug, workflowName).Query("branch", branch).Query("all-branches", allBranches)
                .Query("start-date", startDate).Query("end-date", endDate).Query("page-token", pageToken), InsightsJson.Default.PagedResponseWorkflowRun);

        public Task<PagedResponse<JobMetric>> GetProjectWorkflowJobMetricsAsync(string projectSlug, string workflowName, string? branch = null,
            bool? allBranches = null, string? reportingWindow = null, string? jobName = null, string? pageToken = null) =>
            _api.CallAsync(GetProjectWorkflowJobMetrics.Path(projectSlug, workflowName).Query("branch", branch).Query("all-branches", allBranches)
                .Query("reporting-window", reportingWindow).Query("job-name", jobName).Query("page-token", pageToken), InsightsJson.Default.PagedResponseJobMetric);

        public Task<WorkflowSummary> GetWorkflowSummaryAsync(string projectSlug, string workflowName, string? branch = null, bool? allBranches = null) =>
            _api.CallAsync(GetWorkflowSummary.Path(projectSlug, workflowName).Query("branch", branch).Query("all-branches", allBranches),
                InsightsJson.Default.WorkflowSummary);

        public Task<TestMetricReport> GetProjectWorkflowTestMetricsAsync(string projectSlug, string workflowName, string? branch = null,
            bool? allBranches = null) =>
            _api.CallAsync(GetProjectWorkflowTestMetrics.Path(projectSlug, workflowName).Query("branch", branch).Query("all-branches", allBranches),
                InsightsJson.Default.TestMetricReport);
    }
}
