using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pump;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Artifacts;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Artifact
{
    /// <summary>
    /// Save-CircleArtifact: downloads artifacts (from Get-CircleArtifact on the pipe, or all of each job's: -JobNumber,
    /// or jobs, workflows or pipelines on the pipe) under -Destination, several at once,
    /// each streamed to a temporary file and renamed only when complete. Paths that would leave the folder are refused.
    /// </summary>
    [Cmdlet(VerbsData.Save, "CircleArtifact", SupportsShouldProcess = true, DefaultParameterSetName = ArtifactSet)]
    [OutputType(typeof(ArtifactDownload))]
    [CircleApiOperation(nameof(JobApi.GetJobArtifacts), Model = typeof(Models.Artifact))]
    [CircleApiOperation(nameof(WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(PipelineApi.ListWorkflowsByPipelineId), Model = typeof(Models.Workflow))]
    public sealed class SaveCircleArtifactCommand : CircleApiCmdlet
    {
        private const string ArtifactSet = "Artifact";
        private const string JobSet = "Job";
        private const string WorkflowSet = "Workflow";
        private const string PipelineSet = "Pipeline";
        /// <summary>
        /// Measured with build/bench/Run-ArtifactScenario.ps1 (200 x 1 MiB, 50 ms latency, medians of 3): 8 -> 3.7 s,
        /// 12 -> 3.8 s, 16 -> 2.9 s, 24 -> 2.7 s; 16 takes most of the gain for ~18 MB, and stays polite to the host.
        /// </summary>
        internal const int DefaultThrottleLimit = 16;

        private readonly List<Models.Artifact> _artifacts = new List<Models.Artifact>();
        private readonly HashSet<string> _jobs = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Artifacts from Get-CircleArtifact.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ArtifactSet, ValueFromPipeline = true)]
        public Models.Artifact[] InputObject { get; set; } = Array.Empty<Models.Artifact>();

        /// <summary>With -JobNumber, or from jobs on the pipe (Get-CircleJob): every artifact of each job.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string? ProjectSlug { get; set; }

        /// <summary>Null for a piped job that has no number (an approval, a job that never ran): it is skipped.</summary>
        [Parameter(Mandatory = true, Position = 2, ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [Alias("BuildNum")]
        public long? JobNumber { get; set; }

        /// <summary>Names the job's folder when several jobs are saved together; bound from a piped job's Name.</summary>
        [Parameter(ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        public string? JobName { get; set; }

        /// <summary>
        /// Workflows from Get-CircleWorkflow: every artifact of each of their jobs, in a folder per job. Bound by type, so a
        /// job (which also has a WorkflowId) still binds to the job parameters.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = WorkflowSet, ValueFromPipeline = true)]
        public Models.Workflow[] Workflow { get; set; } = Array.Empty<Models.Workflow>();

        /// <summary>Pipelines from Get-CirclePipeline: every artifact of every job of each of their workflows.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PipelineSet, ValueFromPipeline = true)]
        public Models.Pipeline[] Pipeline { get; set; } = Array.Empty<Models.Pipeline>();

        /// <summary>With a job, a workflow or a pipeline: only artifacts whose path matches (wildcards allowed).</summary>
        [Parameter(ParameterSetName = JobSet)]
        [Parameter(ParameterSetName = WorkflowSet)]
        [Parameter(ParameterSetName = PipelineSet)]
        [SupportsWildcards]
        public string? Path { get; set; }

        /// <summary>The folder to save into (created if missing). Nothing is ever written outside it.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public string Destination { get; set; } = string.Empty;

        /// <summary>Downloads at once (and job lists, for workflows and pipelines).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        /// <summary>Download even when a file of the same size is already there.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>-Destination as a full path, checked before any request.</summary>
        private string _destination = string.Empty;

        protected override void BeginProcessing() =>
            _destination = ResolveFileSystemPath(Destination, nameof(Destination), "CircleArtifact.InvalidDestination");

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ArtifactSet)
            {
                _artifacts.AddRange(InputObject.Where(a => a != null));
                return;
            }
            var pattern = WildcardOrNull(string.IsNullOrEmpty(Path) ? null : Path, nameof(Path));
            if (ParameterSetName == WorkflowSet)
            {
                foreach (Models.Workflow workflow in Workflow.Where(w => w != null))
                    ForItem(workflow, () => Collect(Run(api =>
                        ListJobsArtifactsAsync(api, new[] { (workflow.Id, (string?)workflow.Name) }, workflow.ProjectSlug)), pattern));
                return;
            }
            if (ParameterSetName == PipelineSet)
            {
                foreach (Models.Pipeline pipeline in Pipeline.Where(p => p != null))
                    ForItem(pipeline, () => Collect(Run(async api =>
                    {
                        var workflows = await ArtifactSources.ListWorkflowsAsync(api, pipeline.Id).ConfigureAwait(false);
                        return await ListJobsArtifactsAsync(api, workflows, pipeline.ProjectSlug).ConfigureAwait(false);
                    }), pattern));
                return;
            }
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            if (!JobNumber.HasValue)
            {
                WriteVerbose("A job without a number (an approval job, or one that never ran) has no artifacts.");
                return;
            }
            var job = new RanJob(slug, JobNumber.Value, JobName ?? string.Empty, Guid.Empty, null);
            if (!FirstTime(job)) return;
            ForItem($"{slug} job {job.Number}", () => Collect(Run(api => ArtifactSources.ListJobArtifactsAsync(api, job)), pattern));
        }

        private void Collect(IEnumerable<Models.Artifact> listed, WildcardPattern? pattern) =>
            _artifacts.AddRange(listed.Where(a => pattern == null || pattern.IsMatch(a.Path)));

        /// <summary>A job reached twice (piped twice, or through a workflow and its rerun) is saved once.</summary>
        private bool FirstTime(RanJob job)
        {
            if (_jobs.Add(job.Key)) return true;
            WriteVerbose($"{job.ProjectSlug} job {job.Number} is already being saved.");
            return false;
        }

        /// <summary>The artifacts of every job of these workflows that ran, the jobs' lists requested -ThrottleLimit at once.</summary>
        private async Task<List<Models.Artifact>> ListJobsArtifactsAsync(CircleApi api, IReadOnlyList<(Guid Id, string? Name)> workflows, string slug)
        {
            // _jobs is shared with the pipeline thread, which waits inside Run while this runs.
            List<RanJob> ran = await ArtifactSources.ListRanJobsAsync(api, workflows, slug, _jobs, ThrottleLimit).ConfigureAwait(false);
            List<Models.Artifact>[] lists = await Concurrently.MapAsync(ran, ThrottleLimit,
                job => ArtifactSources.ListJobArtifactsAsync(api, job), api.Cancellation).ConfigureAwait(false);
            return lists.SelectMany(list => list).ToList();
        }

        protected override void EndProcessing()
        {
            string destination = _destination;
            if (System.IO.File.Exists(destination))
            {
                string message = $"-Destination '{Destination}' is a file; artifacts are saved into a folder.";
                ThrowTerminatingError(new ErrorRecord(new System.IO.IOException(message), "CircleArtifact.DestinationIsFile", ErrorCategory.InvalidArgument, Destination)
                { ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Give a folder path (it is created when missing), or remove the file." } });
            }
            List<PlannedDownload> plan = Plan(destination);
            if (plan.Count == 0) return;
            try
            {
                System.IO.Directory.CreateDirectory(destination);
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                string message = $"The folder '{Destination}' could not be created: {ex.Message}";
                ThrowTerminatingError(new ErrorRecord(ex, "CircleArtifact.DestinationFailed", ErrorAdvice.Category(ex), Destination)
                { ErrorDetails = new ErrorDetails(message) });
            }
            var progress = new ProgressRecord(0x41727466, "Saving CircleCI artifacts", $"0 of {plan.Count} files");
            Run((session, log, ct) => DownloadAllAsync(session, log, plan, progress, ct));
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }

        /// <summary>Where each artifact goes; unsafe paths and duplicates become errors here, before any request.</summary>
        private List<PlannedDownload> Plan(string destination)
        {
            var byJob = _artifacts.GroupBy(a => (a.ProjectSlug ?? string.Empty, a.JobNumber)).ToList();
            bool severalJobs = byJob.Count > 1;
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var plan = new List<PlannedDownload>();
            foreach (var job in byJob)
            {
                bool parallel = job.Any(a => a.NodeIndex != 0);
                foreach (Models.Artifact artifact in job)
                {
                    string? jobFolder = severalJobs ? JobFolder(artifact) : null;
                    if (!ArtifactPath.TryGetRelativePath(artifact.Path, jobFolder, parallel ? artifact.NodeIndex : (long?)null, out string relative, out string why)
                        || !ArtifactPath.TryResolve(destination, relative, out string full, out why))
                    {
                        WriteRefused(artifact, "CircleArtifact.UnsafePath", ErrorCategory.SecurityError,
                            $"Artifact '{Printable(artifact.Path)}' was not saved: {why}");
                        continue;
                    }
                    if (!Uri.TryCreate(artifact.Url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                    {
                        WriteRefused(artifact, "CircleArtifact.InvalidUrl", ErrorCategory.InvalidData,
                            $"Artifact '{Printable(artifact.Path)}' was not saved: its URL is not an http(s) address.");
                        continue;
                    }
                    if (!taken.Add(full))
                    {
                        WriteRefused(artifact, "CircleArtifact.DuplicatePath", ErrorCategory.ResourceExists,
                            $"Artifact '{Printable(artifact.Path)}' was not saved: another artifact in this run goes to {full}.");
                        continue;
                    }
                    if (ShouldProcess(full, $"Save artifact {artifact.Path}")) plan.Add(new PlannedDownload(artifact, uri, destination, full));
                }
            }
            return plan;
        }

        private static string JobFolder(Models.Artifact artifact) =>
            artifact.JobName != null ? $"{artifact.JobName}-{artifact.JobNumber}" : $"job-{artifact.JobNumber}";

        private static string Printable(string path) =>
            new string(path.Select(c => c < 0x20 || c == 0x7f ? '?' : c).ToArray());

        private void WriteRefused(Models.Artifact artifact, string errorId, ErrorCategory category, string message) =>
            WriteError(new ErrorRecord(new InvalidOperationException(message), errorId, category, artifact)
            {
                ErrorDetails = new ErrorDetails(message),
            });

        private async Task<bool> DownloadAllAsync(CircleSession session, CmdletLog log, List<PlannedDownload> plan, ProgressRecord progress, CancellationToken ct)
        {
            var downloader = new ArtifactDownloader(session, log, Force);
            using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
            Task reporter = ReportProgressAsync(downloader, plan.Count, progress, log, done.Token);
            try
            {
                await downloader.RunAsync(plan, ThrottleLimit, log.Output, (item, ex) => log.Error(ToError(item, ex)), ct).ConfigureAwait(false);
            }
            finally
            {
                done.Cancel();
                await reporter.ConfigureAwait(false);
            }
            return true;
        }

        private static async Task ReportProgressAsync(ArtifactDownloader downloader, int total, ProgressRecord progress, CmdletLog log, CancellationToken ct)
        {
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(250, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                int files = downloader.FilesDone;
                // A new record each time: the queued one is written later on the pipeline thread.
                log.Progress(new ProgressRecord(progress.ActivityId, progress.Activity,
                    $"{files} of {total} files, {downloader.BytesDone / (1024.0 * 1024.0):0.0} MiB")
                {
                    PercentComplete = Math.Min(100, files * 100 / total),
                });
            }
        }

        private static ErrorRecord ToError(PlannedDownload item, Exception ex)
        {
            if (ex is CircleApiException api) return ToErrorRecord(api, item.Artifact);
            string message = $"Artifact '{item.Artifact.Path}' was not saved to {item.FullPath}: {ex.Message}";
            ErrorCategory category = ErrorAdvice.Category(ex);
            return new ErrorRecord(ex, "CircleArtifact.WriteFailed", category == ErrorCategory.NotSpecified ? ErrorCategory.WriteError : category, item.Artifact)
            {
                ErrorDetails = new ErrorDetails(message),
            };
        }
    }
}
