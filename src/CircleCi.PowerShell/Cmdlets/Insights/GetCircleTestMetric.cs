using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleTestMetric: a workflow's most failed and slowest tests and its test counts per run.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleTestMetric")]
    [OutputType(typeof(TestMetricReport))]
    [CircleApiOperation(nameof(InsightsApi.GetProjectWorkflowTestMetrics))]
    public sealed class GetCircleTestMetricCommand : WorkflowInsightsCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            ForItem($"{ProjectSlug} {WorkflowName}", () =>
            {
                TestMetricReport report = Run(api => api.Insights.GetProjectWorkflowTestMetricsAsync(Slug!, WorkflowName, BranchOrNull, AllBranchesOrNull));
                report.ProjectSlug = ProjectSlug;
                report.WorkflowName = WorkflowName;
                report.Branch = BranchOrNull;
                report.AllBranches = AllBranches;
                // The nested rows carry their origin too, so Select-Object -ExpandProperty keeps it.
                foreach (TestMetric test in report.MostFailedTests) { test.ProjectSlug = ProjectSlug; test.WorkflowName = WorkflowName; }
                foreach (TestMetric test in report.SlowestTests) { test.ProjectSlug = ProjectSlug; test.WorkflowName = WorkflowName; }
                foreach (TestRunCount run in report.TestRuns) { run.ProjectSlug = ProjectSlug; run.WorkflowName = WorkflowName; }
                Remember(WorkflowName, BranchOrNull);
                WriteObject(report);
            });
        }
    }
}
