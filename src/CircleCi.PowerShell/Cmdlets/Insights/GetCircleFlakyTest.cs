using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleFlakyTest: the tests of a project that both passed and failed on the same commit.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleFlakyTest")]
    [OutputType(typeof(FlakyTest))]
    [CircleApiOperation(nameof(InsightsApi.GetFlakyTests), Model = typeof(FlakyTestReport))]
    public sealed class GetCircleFlakyTestCommand : InsightsCmdlet
    {
        /// <summary>Only flaky tests of workflows with this name (wildcards allowed); filtered here.</summary>
        [Parameter(Position = 1)]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        [SupportsWildcards]
        public string? WorkflowName { get; set; }

        protected override void ProcessRecord()
        {
            if (!CheckInput()) return;
            var pattern = WildcardOrNull(string.IsNullOrEmpty(WorkflowName) ? null : WorkflowName, nameof(WorkflowName));
            ForItem(ProjectSlug, () =>
            {
                FlakyTestReport report = Run(api => api.Insights.GetFlakyTestsAsync(Slug!));
                WriteVerbose($"{ProjectSlug}: {report.TotalFlakyTests} flaky tests.");
                Remember(null, null);
                foreach (FlakyTest test in report.FlakyTests)
                {
                    if (pattern != null && !pattern.IsMatch(test.WorkflowName)) continue;
                    test.ProjectSlug = ProjectSlug;
                    WriteObject(test);
                }
            });
        }
    }
}
