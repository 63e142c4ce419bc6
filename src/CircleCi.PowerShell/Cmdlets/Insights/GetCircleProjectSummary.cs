using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleProjectSummary: a project's Insights page: totals with trends, per workflow and per workflow and branch.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleProjectSummary")]
    [OutputType(typeof(ProjectSummary))]
    [CircleApiOperation(nameof(InsightsApi.GetProjectWorkflowsPageData))]
    public sealed class GetCircleProjectSummaryCommand : InsightsCmdlet
    {
        /// <summary>Only these branches in the branch-level rows.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(BranchCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Branch { get; set; }

        /// <summary>Only these workflows in the workflow-level rows.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? WorkflowName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("last-24-hours", "last-7-days", "last-30-days", "last-60-days", "last-90-days")]
        public string ReportingWindow { get; set; } = "last-90-days";

        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            ForItem(ProjectSlug, () =>
            {
                ProjectSummary summary = Run(api => api.Insights.GetProjectWorkflowsPageDataAsync(Slug!, ReportingWindow, Branch, WorkflowName));
                summary.ProjectSlug = ProjectSlug;
                summary.ReportingWindow = ReportingWindow;
                summary.ProjectData.ProjectSlug = ProjectSlug;
                summary.ProjectData.AllBranches = true;
                foreach (ProjectWorkflowSummary row in summary.ProjectWorkflowData)
                {
                    row.ProjectSlug = ProjectSlug;
                    row.AllBranches = true;
                    Remember(row.WorkflowName, null);
                }
                foreach (ProjectWorkflowSummary row in summary.ProjectWorkflowBranchData)
                {
                    row.ProjectSlug = ProjectSlug;
                    Remember(row.WorkflowName, row.Branch);
                }
                WriteObject(summary);
            });
        }
    }
}
