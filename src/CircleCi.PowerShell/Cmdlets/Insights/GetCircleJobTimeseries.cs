using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleJobTimeseries: each job of a workflow, hour by hour or day by day: runs, durations and credits.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleJobTimeseries")]
    [OutputType(typeof(JobTimeseries))]
    [CircleApiOperation(nameof(InsightsApi.GetJobTimeseries))]
    public sealed class GetCircleJobTimeseriesCommand : InsightsCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        public string WorkflowName { get; set; } = string.Empty;

        /// <summary>The branch; by default CircleCI uses the project's default branch (this endpoint has no all-branches).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        public string? Branch { get; set; }

        [Parameter]
        [ValidateSet("daily", "hourly")]
        public string Granularity { get; set; } = "daily";

        /// <summary>Only job runs that started at or after this time.</summary>
        [Parameter]
        public DateTime? StartDate { get; set; }

        /// <summary>Only job runs that started before this time (needs -StartDate; at most 90 days after it).</summary>
        [Parameter]
        public DateTime? EndDate { get; set; }

        /// <summary>Only this job's series (filtered here).</summary>
        [Parameter]
        [SupportsWildcards]
        public string? JobName { get; set; }

        protected override void ProcessRecord()
        {
            if (!CheckInput() || !CheckWorkflowName(WorkflowName) || !CheckDates(StartDate, EndDate)) return;
            string? branch = string.IsNullOrEmpty(Branch) ? null : Branch;
            var pattern = WildcardOrNull(string.IsNullOrEmpty(JobName) ? null : JobName, nameof(JobName));
            Remember(WorkflowName, branch);
            ForItem($"{ProjectSlug} {WorkflowName}", () => WritePages((api, token) => api.Insights.GetJobTimeseriesAsync(Slug!, WorkflowName, branch, Granularity,
                Date(StartDate), Date(EndDate), token), $"job series of {WorkflowName} in {ProjectSlug}", ProjectSlug, point =>
            {
                Stamp(point, WorkflowName, branch, false);
                point.Granularity = Granularity;
            }, activity: $"Reading the {Granularity} job series of {WorkflowName} in {ProjectSlug}", filter: p => pattern == null || pattern.IsMatch(p.Name)));
        }
    }
}
