using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleInsightBranch: the branches Insights has data for, as objects that pipe into the other Insights cmdlets.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleInsightBranch")]
    [OutputType(typeof(InsightBranch))]
    [CircleApiOperation(nameof(InsightsApi.GetAllInsightsBranches), Model = typeof(InsightBranchList))]
    public sealed class GetCircleInsightBranchCommand : InsightsCmdlet
    {
        /// <summary>Only branches that ran this workflow.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        public string? WorkflowName { get; set; }

        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            string? workflow = string.IsNullOrEmpty(WorkflowName) ? null : WorkflowName;
            ForItem(ProjectSlug, () =>
            {
                InsightBranchList list = Run(api => api.Insights.GetAllInsightsBranchesAsync(Slug!, workflow));
                foreach (string branch in list.Branches)
                {
                    Remember(workflow, branch);
                    WriteObject(new InsightBranch
                    {
                        ProjectSlug = ProjectSlug, WorkflowName = workflow, Branch = branch, ProjectId = list.ProjectId, OrgId = list.OrgId,
                    });
                }
            });
        }
    }
}
