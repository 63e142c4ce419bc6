using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>Get-CircleTestResult: a job's test results (GET /project/{slug}/{job-number}/tests), streamed page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleTestResult")]
    [OutputType(typeof(Models.TestResult))]
    [CircleApiOperation(nameof(JobApi.GetTests))]
    public sealed class GetCircleTestResultCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Number")]
        public long JobNumber { get; set; }

        /// <summary>Only results with this outcome (success, failure, skipped, ...).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(TestResultCompleter))]
        public string? Result { get; set; }

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            string projectSlug = ProjectSlug;
            long number = JobNumber;
            ForItem($"{ProjectSlug} job {JobNumber}", () => WritePages((api, token) => api.Jobs.GetTestsAsync(slug, number, token), "tests of " + projectSlug + " job " + number,
                $"{projectSlug} job {number}", t => { t.ProjectSlug = projectSlug; t.JobNumber = number; },
                filter: Result == null ? null : t => string.Equals(t.Result, Result, System.StringComparison.OrdinalIgnoreCase)));
        }
    }
}
