using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleWorkflowRun: the recent runs of a workflow, newest first, streamed page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWorkflowRun")]
    [OutputType(typeof(WorkflowRun))]
    [CircleApiOperation(nameof(InsightsApi.GetProjectWorkflowRuns))]
    public sealed class GetCircleWorkflowRunCommand : WorkflowInsightsCmdlet
    {
        /// <summary>Only runs that started at or after this time.</summary>
        [Parameter]
        public DateTime? StartDate { get; set; }

        /// <summary>Only runs that started before this time (needs -StartDate; at most 90 days after it).</summary>
        [Parameter]
        public DateTime? EndDate { get; set; }

        /// <summary>Stop after this many pages; by default every page is read lazily.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MaxPages { get; set; } = int.MaxValue;

        protected override void ProcessRecord()
        {
            if (!CheckInput() || !CheckDates(StartDate, EndDate)) return;
            Remember(WorkflowName, BranchOrNull);
            ForItem($"{ProjectSlug} {WorkflowName}", () => WritePages((api, token) => api.Insights.GetProjectWorkflowRunsAsync(Slug!, WorkflowName, BranchOrNull,
                AllBranchesOrNull, Date(StartDate), Date(EndDate), token), $"runs of {WorkflowName} in {ProjectSlug}", ProjectSlug, run =>
            {
                run.ProjectSlug = ProjectSlug;
                run.WorkflowName = WorkflowName;
            }, MaxPages, $"Reading runs of {WorkflowName} in {ProjectSlug}"));
        }
    }
}
