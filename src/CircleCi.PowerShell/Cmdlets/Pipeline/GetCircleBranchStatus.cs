using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core.Branches;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Get-CircleBranchStatus: "is main green?" One object per workflow of the branch: the latest finished run's
    /// outcome and the run in progress, if any.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CircleBranchStatus")]
    [OutputType(typeof(BranchStatus))]
    [CircleApiOperation(nameof(PipelineApi.ListPipelinesForProject), Model = typeof(Models.Pipeline))]
    [CircleApiOperation(nameof(PipelineApi.ListWorkflowsByPipelineId), Model = typeof(Models.Workflow))]
    public sealed class GetCircleBranchStatusCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        public string Branch { get; set; } = string.Empty;

        /// <summary>How many of the branch's newest pipelines to read at most.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int MaxPipelines { get; set; } = 20;

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            string branch = Branch;
            ForItem($"{slug} {branch}", () =>
            {
                var statuses = Run(api => BranchStatusReader.ReadAsync(api, slug, branch, MaxPipelines));
                if (statuses.Count == 0)
                    WriteWarning($"No workflow of {slug} branch {branch} was found in its {MaxPipelines} newest pipelines.");
                foreach (BranchStatus status in statuses) WriteObject(status);
            });
        }
    }
}
