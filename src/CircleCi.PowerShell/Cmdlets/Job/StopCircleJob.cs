using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>Stop-CircleJob: cancels a job by project slug and number, or by job id.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CircleJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NumberSet)]
    [OutputType(typeof(void))]
    [CircleApiOperation(nameof(JobApi.CancelJobByJobNumber), Model = typeof(Models.MessageResponse))]
    [CircleApiOperation(nameof(JobApi.CancelJobByJobID), Model = typeof(Models.MessageResponse))]
    public sealed class StopCircleJobCommand : CircleApiCmdlet
    {
        private const string NumberSet = "ByNumber";
        private const string IdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = NumberSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = NumberSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Number")]
        public long JobNumber { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid JobId { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                if (!ShouldProcess($"job {JobId}", "Cancel job")) return;
                ForItem(JobId, () => Report(Run(api => api.Jobs.CancelJobByJobIdAsync(JobId)), JobId.ToString()));
                return;
            }
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            string label = $"{ProjectSlug} job {JobNumber}";
            if (!ShouldProcess(label, "Cancel job")) return;
            ForItem(label, () => Report(Run(api => api.Jobs.CancelJobByJobNumberAsync(slug, JobNumber)), label));
        }

        private void Report(Models.MessageResponse answer, string label) => WriteVerbose($"{label}: {answer.Message}");
    }
}
