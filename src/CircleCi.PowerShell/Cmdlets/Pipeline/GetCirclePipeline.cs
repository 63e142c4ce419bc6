using System;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Get-CirclePipeline: a project's pipelines (streamed page by page), yours only (-Mine), an organization's
    /// (-OrgSlug), or one pipeline by -Id or by -Number.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CirclePipeline", DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(Models.Pipeline))]
    [CircleApiOperation(nameof(PipelineApi.ListPipelinesForProject))]
    [CircleApiOperation(nameof(PipelineApi.ListMyPipelines))]
    [CircleApiOperation(nameof(PipelineApi.ListPipelines))]
    [CircleApiOperation(nameof(PipelineApi.GetPipelineById))]
    [CircleApiOperation(nameof(PipelineApi.GetPipelineByNumber))]
    public sealed class GetCirclePipelineCommand : CircleApiCmdlet
    {
        private const string ProjectSet = "Project";
        private const string NumberSet = "ByNumber";
        private const string IdSet = "ById";
        private const string OrgSet = "Organization";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ProjectSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = NumberSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ProjectSet)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Branch { get; set; }

        [Parameter(ParameterSetName = ProjectSet)]
        [Parameter(ParameterSetName = OrgSet)]
        public SwitchParameter Mine { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = NumberSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PipelineNumber")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Number { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PipelineId")]
        public Guid[] Id { get; set; } = Array.Empty<Guid>();

        [Parameter(Mandatory = true, ParameterSetName = OrgSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string OrgSlug { get; set; } = string.Empty;

        /// <summary>Stop after this many pages (each about 20 pipelines); by default every page is read lazily.</summary>
        [Parameter(ParameterSetName = ProjectSet)]
        [Parameter(ParameterSetName = OrgSet)]
        [ValidateRange(1, int.MaxValue)]
        public int MaxPages { get; set; } = int.MaxValue;

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case IdSet:
                    foreach (Guid id in Id)
                        ForItem(id, () => Emit(Run(api => api.Pipelines.GetPipelineByIdAsync(id))));
                    break;
                case NumberSet:
                    string? slug = CheckSlug(ProjectSlug);
                    if (slug == null) return;
                    foreach (long number in Number)
                        ForItem($"{ProjectSlug} #{number}", () => Emit(Run(api => api.Pipelines.GetPipelineByNumberAsync(slug, number))));
                    break;
                case OrgSet:
                    bool? mine = Mine.IsPresent ? true : null;
                    ForItem(OrgSlug, () => WritePages((api, token) => api.Pipelines.ListPipelinesAsync(OrgSlug, mine, token), "pipelines of " + OrgSlug,
                        OrgSlug, Remember, MaxPages, "Listing pipelines of " + OrgSlug));
                    break;
                default:
                    string? projectSlug = CheckSlug(ProjectSlug);
                    if (projectSlug == null) return;
                    if (Mine && Branch != null) WriteWarning("-Branch is ignored with -Mine: CircleCI's 'my pipelines' list has no branch filter.");
                    Func<CircleApi, string?, Task<PagedResponse<Models.Pipeline>>> page = Mine
                        ? (api, token) => api.Pipelines.ListMyPipelinesAsync(projectSlug, token)
                        : (api, token) => api.Pipelines.ListPipelinesForProjectAsync(projectSlug, Branch, token);
                    ForItem(ProjectSlug, () => WritePages(page, "pipelines of " + ProjectSlug, ProjectSlug, Remember, MaxPages, "Listing pipelines of " + ProjectSlug));
                    break;
            }
        }

        private void Emit(Models.Pipeline pipeline)
        {
            Remember(pipeline);
            WriteObject(pipeline);
        }

        private void Remember(Models.Pipeline pipeline)
        {
            CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, pipeline.ProjectSlug);
            CurrentSession.Cache.Remember(SessionCache.Branches, pipeline.Vcs?.Branch);
        }
    }
}
