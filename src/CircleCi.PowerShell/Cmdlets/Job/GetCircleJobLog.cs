using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>
    /// Get-CircleJobLog: a job's steps with their output text. API v2 has no step logs, so this reads API v1.1's job
    /// (GET /api/v1.1/project/{vcs}/{org}/{repo}/{n}) and each step's presigned output_url, which gets no token.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CircleJobLog")]
    [OutputType(typeof(JobStepLog))]
    [CircleApiOperation(nameof(JobApi.V1GetJobDetails))]
    public sealed class GetCircleJobLogCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Number", "BuildNum")]
        public long JobNumber { get; set; }

        /// <summary>Only steps whose name matches (wildcards allowed).</summary>
        [Parameter]
        [SupportsWildcards]
        public string? Step { get; set; }

        /// <summary>Only steps that did not succeed.</summary>
        [Parameter]
        public SwitchParameter Failed { get; set; }

        /// <summary>Only this parallel run (node index).</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? NodeIndex { get; set; }

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            var pattern = WildcardOrNull(Step, nameof(Step));
            string label = $"{ProjectSlug} job {JobNumber}";
            ForItem(label, () =>
            {
                V1Build build = Run(api => api.Jobs.V1GetJobDetailsAsync(slug, JobNumber));
                foreach (V1Step step in build.Steps)
                {
                    if (pattern != null && !pattern.IsMatch(step.Name)) continue;
                    foreach (V1Action action in step.Actions)
                    {
                        if (NodeIndex.HasValue && action.Index != NodeIndex.Value) continue;
                        if (Failed && action.Status == "success") continue;
                        WriteObject(ToLog(step, action));
                    }
                }
            });
        }

        private JobStepLog ToLog(V1Step step, V1Action action)
        {
            var log = new JobStepLog
            {
                ProjectSlug = ProjectSlug,
                JobNumber = JobNumber,
                Step = step.Name,
                StepNumber = action.Step,
                NodeIndex = action.Index,
                Status = action.Status ?? string.Empty,
                ExitCode = action.ExitCode,
                StartTime = action.StartTime,
                EndTime = action.EndTime,
                RunTime = action.RunTimeMillis.HasValue ? TimeSpan.FromMilliseconds(action.RunTimeMillis.Value) : (TimeSpan?)null,
                Command = action.BashCommand,
            };
            if (action.HasOutput && Uri.TryCreate(action.OutputUrl, UriKind.Absolute, out Uri? outputUrl))
            {
                try
                {
                    // Presigned: it must never be sent the token, wherever it points.
                    List<V1OutputLine> lines = Run(api => api.Jobs.GetStepOutputAsync(outputUrl));
                    var text = new StringBuilder();
                    foreach (V1OutputLine line in lines) text.Append(line.Message);
                    log.Output = text.ToString();
                    log.Truncated = lines.Any(line => line.Truncated);
                }
                catch (CircleApiException ex)
                {
                    WriteError(ToErrorRecord(ex, $"{ProjectSlug} job {JobNumber} step {step.Name}"));
                }
            }
            return log;
        }
    }
}
