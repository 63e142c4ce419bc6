using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleJobMetric: per-job success rate, runs, durations and credits within a workflow.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleJobMetric")]
    [OutputType(typeof(JobMetric))]
    [CircleApiOperation(nameof(InsightsApi.GetProjectWorkflowJobMetrics))]
    public sealed class GetCircleJobMetricCommand : WorkflowInsightsCmdlet
    {
        /// <summary>Only the job with this name (CircleCI filters).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? JobName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("last-24-hours", "last-7-days", "last-30-days", "last-60-days", "last-90-days")]
        public string ReportingWindow { get; set; } = "last-90-days";

        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            Remember(WorkflowName, BranchOrNull);
            ForItem($"{ProjectSlug} {WorkflowName}", () => WritePages((api, token) => api.Insights.GetProjectWorkflowJobMetricsAsync(Slug!, WorkflowName,
                BranchOrNull, AllBranchesOrNull, ReportingWindow, JobName, token), $"job metrics of {WorkflowName} in {ProjectSlug}", ProjectSlug, metric =>
            {
                Stamp(metric, WorkflowName, BranchOrNull, AllBranches);
                metric.ReportingWindow = ReportingWindow;
            }, activity: $"Reading job metrics of {WorkflowName} in {ProjectSlug}"));
        }
    }
}
