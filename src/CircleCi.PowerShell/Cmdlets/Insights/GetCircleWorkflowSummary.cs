using System.Management.Automation;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleWorkflowSummary: a workflow's metrics over the last 90 days with trends against the 90 days before.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWorkflowSummary")]
    [OutputType(typeof(WorkflowSummary))]
    [CircleApiOperation("getWorkflowSummary")]
    public sealed class GetCircleWorkflowSummaryCommand : WorkflowInsightsCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            string uri = WithBranchScope($"insights/{Slug}/workflows/{Workflow}/summary");
            ForItem($"{ProjectSlug} {WorkflowName}", () =>
            {
                WorkflowSummary summary = GetJson(uri, InsightsJson.Default.WorkflowSummary, "getWorkflowSummary");
                Stamp(summary, WorkflowName, BranchOrNull, AllBranches);
                Remember(WorkflowName, BranchOrNull);
                WriteObject(summary);
            });
        }
    }
}
