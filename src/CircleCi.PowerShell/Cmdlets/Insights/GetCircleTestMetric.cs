using System.Management.Automation;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleTestMetric: a workflow's most failed and slowest tests and its test counts per run.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleTestMetric")]
    [OutputType(typeof(TestMetricReport))]
    [CircleApiOperation("getProjectWorkflowTestMetrics")]
    public sealed class GetCircleTestMetricCommand : WorkflowInsightsCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            string uri = WithBranchScope($"insights/{Slug}/workflows/{Workflow}/test-metrics");
            ForItem($"{ProjectSlug} {WorkflowName}", () =>
            {
                TestMetricReport report = GetJson(uri, InsightsJson.Default.TestMetricReport, "getProjectWorkflowTestMetrics");
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
