using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleJobMetric: per-job success rate, runs, durations and credits within a workflow.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleJobMetric")]
    [OutputType(typeof(JobMetric))]
    [CircleApiOperation("getProjectWorkflowJobMetrics")]
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
            string uri = WithBranchScope($"insights/{Slug}/workflows/{Workflow}/jobs");
            uri = Query.Append(Query.Append(uri, "reporting-window", ReportingWindow), "job-name", JobName);
            Remember(WorkflowName, BranchOrNull);
            ForItem($"{ProjectSlug} {WorkflowName}", () => WritePages(uri, InsightsJson.Default.PagedResponseJobMetric, ProjectSlug, metric =>
            {
                Stamp(metric, WorkflowName, BranchOrNull, AllBranches);
                metric.ReportingWindow = ReportingWindow;
            }, activity: $"Reading job metrics of {WorkflowName} in {ProjectSlug}"));
        }
    }
}
