using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleWorkflowSummary: a workflow's metrics over the last 90 days with trends against the 90 days before.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWorkflowSummary")]
    [OutputType(typeof(WorkflowSummary))]
    [CircleApiOperation(nameof(InsightsApi.GetWorkflowSummary))]
    public sealed class GetCircleWorkflowSummaryCommand : WorkflowInsightsCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            ForItem($"{ProjectSlug} {WorkflowName}", () =>
            {
                WorkflowSummary summary = Run(api => api.Insights.GetWorkflowSummaryAsync(Slug!, WorkflowName, BranchOrNull, AllBranchesOrNull));
                Stamp(summary, WorkflowName, BranchOrNull, AllBranches);
                Remember(WorkflowName, BranchOrNull);
                WriteObject(summary);
            });
        }
    }
}
