using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>
    /// Restart-CircleJob: retries one job (API v1.1 POST .../{n}/retry, or .../{n}/ssh with -EnableSsh), which API v2
    /// cannot do for a single job. Returns the new job's details.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Restart, "CircleJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(JobDetail))]
    [CircleApiOperation("v1.1:POST /project/{vcs-type}/{username}/{project}/{build_num}/retry")]
    [CircleApiOperation("getJobDetails", Model = typeof(JobDetail))]
    public sealed class RestartCircleJobCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Number", "BuildNum")]
        public long JobNumber { get; set; }

        /// <summary>Rerun with SSH enabled for you.</summary>
        [Parameter]
        public SwitchParameter EnableSsh { get; set; }

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            var (vcs, org, repo) = Core.ProjectSlug.ForV1(slug);
            string label = $"{ProjectSlug} job {JobNumber}";
            if (!ShouldProcess(label, EnableSsh ? "Retry job with SSH" : "Retry job")) return;
            ForItem(label, () =>
            {
                string action = EnableSsh ? "ssh" : "retry";
                V1Build retried = Run((session, log, ct) => session.Http.SendForJsonAsync(
                    new CircleRequest(HttpMethod.Post, session.ResolveV1($"project/{vcs}/{org}/{repo}/{JobNumber}/{action}")) { Operation = "v1.1 retry" },
                    JobLogJson.Default.V1Build, log, ct));
                WriteVerbose($"{label} retried as job {retried.BuildNum}.");
                try
                {
                    WriteObject(GetJson($"project/{slug}/job/{retried.BuildNum}", JobJson.Default.JobDetail, "getJobDetails"));
                }
                catch (CircleApiException ex)
                {
                    WriteWarning($"Job {retried.BuildNum} was started, but reading its details failed: {ex.Message}");
                }
            });
        }
    }
}
