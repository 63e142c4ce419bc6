using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleWorkflowMetric: success rate, runs, MTTR, durations and credits of each workflow of a project.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWorkflowMetric")]
    [OutputType(typeof(WorkflowMetric))]
    [CircleApiOperation(nameof(InsightsApi.GetProjectWorkflowMetrics))]
    public sealed class GetCircleWorkflowMetricCommand : BranchScopedInsightsCmdlet
    {
        /// <summary>Only workflows with this name (wildcards allowed); filtered here, CircleCI has no such filter.</summary>
        [Parameter(Position = 1)]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        [SupportsWildcards]
        public string? WorkflowName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("last-24-hours", "last-7-days", "last-30-days", "last-60-days", "last-90-days")]
        public string ReportingWindow { get; set; } = "last-90-days";

        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            var pattern = WildcardOrNull(string.IsNullOrEmpty(WorkflowName) ? null : WorkflowName, nameof(WorkflowName));
            ForItem(ProjectSlug, () => WritePages((api, token) => api.Insights.GetProjectWorkflowMetricsAsync(Slug!, BranchOrNull, AllBranchesOrNull, ReportingWindow, token),
                "workflow metrics of " + ProjectSlug, ProjectSlug, metric =>
            {
                Stamp(metric, metric.Name, BranchOrNull, AllBranches);
                metric.ReportingWindow = ReportingWindow;
                Remember(metric.Name, BranchOrNull);
            }, activity: "Reading workflow metrics of " + ProjectSlug, filter: m => pattern == null || pattern.IsMatch(m.Name)));
        }
    }
}
