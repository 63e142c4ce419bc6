using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Failures;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>
    /// Export-CircleTestResult: writes the test results of jobs, workflows or pipelines on the pipe into one JUnit XML
    /// file (one test suite per job), for Azure DevOps' PublishTestResults and GitHub test reporters.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CircleTestResult", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    [CircleApiOperation(nameof(Api.PipelineApi.ListWorkflowsByPipelineId), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(Api.WorkflowApi.GetWorkflowById), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(Api.WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(Api.JobApi.GetTests), Model = typeof(Models.TestResult))]
    public sealed class ExportCircleTestResultCommand : CircleApiCmdlet
    {
        private readonly List<JUnitSuite> _suites = new List<JUnitSuite>();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The JUnit XML file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Guid? PipelineId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Guid? WorkflowId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string? ProjectSlug { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        // No "Number" alias: a piped pipeline's Number is not a job number.
        public long? JobNumber { get; set; }

        /// <summary>Overwrite an existing file (without it, an existing file is an error).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Write the file's FileInfo.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>-Path as a full path, checked before any request.</summary>
        private string _path = string.Empty;

        protected override void BeginProcessing()
        {
            _path = ResolveFileSystemPath(Path, nameof(Path), "CircleTestResult.InvalidPath");
            if (Directory.Exists(_path))
                ThrowInvalidArgument("CircleTestResult.PathIsFolder", $"-Path '{_path}' is a folder; give the path of the XML file to write.", Path);
        }

        protected override void ProcessRecord()
        {
            if (JobNumber.HasValue)
            {
                string? slug = CheckSlug(ProjectSlug);
                if (slug == null) return;
                long number = JobNumber.Value;
                string projectSlug = ProjectSlug!;
                ForItem($"{ProjectSlug} job {number}", () => Add(Run((session, log, ct) => JobSuiteAsync(new FailureSource(session, log), slug, projectSlug, number, null, ct))));
                return;
            }
            if (WorkflowId.HasValue || PipelineId.HasValue)
            {
                Guid? workflowId = WorkflowId, pipelineId = PipelineId;
                ForItem((object?)workflowId ?? pipelineId, () => Add(Run(async (session, log, ct) =>
                {
                    var source = new FailureSource(session, log);
                    List<Models.Workflow> workflows = workflowId.HasValue
                        ? new List<Models.Workflow> { await source.GetWorkflowAsync(workflowId.Value, ct).ConfigureAwait(false) }
                        : await source.ListWorkflowsAsync(pipelineId!.Value, ct).ConfigureAwait(false);
                    var suites = new List<JUnitSuite>();
                    foreach (Models.Workflow workflow in FailureReporter.Latest(workflows))
                        foreach (Models.Job job in await source.ListJobsAsync(workflow.Id, ct).ConfigureAwait(false))
                        {
                            if (job.JobNumber is not long number || !Core.ProjectSlug.TryNormalize(job.ProjectSlug, out string slug, out _)) continue;
                            if (job.Status is "blocked" or "not_run" or "queued" or "running" or "on_hold") continue;
                            suites.AddRange(await JobSuiteAsync(source, slug, job.ProjectSlug, number, $"{workflow.Name}/{job.Name} #{number}", ct).ConfigureAwait(false));
                        }
                    return suites;
                })));
                return;
            }
            WriteInvalidArgument("CircleTestResult.NoInput", "Give -PipelineId, -WorkflowId, or -ProjectSlug and -JobNumber (or pipe a pipeline, workflow or job).", null);
        }

        private static async Task<List<JUnitSuite>> JobSuiteAsync(FailureSource source, string slug, string projectSlug, long number, string? name, CancellationToken ct)
        {
            List<TestResult> tests = await source.ListTestsAsync(slug, number, ct).ConfigureAwait(false);
            if (tests.Count == 0) return new List<JUnitSuite>();
            return new List<JUnitSuite> { new JUnitSuite { Name = name ?? $"{projectSlug} job {number}", Tests = tests } };
        }

        private void Add(IEnumerable<JUnitSuite> suites)
        {
            foreach (JUnitSuite suite in suites)
                if (_seen.Add(suite.Name)) _suites.Add(suite);
        }

        protected override void EndProcessing()
        {
            string path = _path;
            if (File.Exists(path) && !Force)
            {
                WriteError(new ErrorRecord(new IOException($"{path} exists; use -Force to overwrite it."), "CircleTestResult.FileExists", ErrorCategory.ResourceExists, path));
                return;
            }
            int count = _suites.Sum(s => s.Tests.Count);
            if (!ShouldProcess(path, $"Write {count} test results of {_suites.Count} jobs as JUnit XML")) return;
            try
            {
                WholeFile.Write(path, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    JUnitWriter.Write(writer, _suites, "CircleCI");
                });
            }
            catch (Exception ex) when (WholeFile.IsWriteFailure(ex))
            {
                string message = $"The test results could not be written to '{path}': {ex.Message}";
                WriteError(new ErrorRecord(ex, "CircleTestResult.WriteFailed", ErrorAdvice.Category(ex), Path) { ErrorDetails = new ErrorDetails(message) });
                return;
            }
            WriteVerbose($"Wrote {count} test results of {_suites.Count} jobs to {path}.");
            if (PassThru) WriteObject(new FileInfo(path));
        }
    }
}
