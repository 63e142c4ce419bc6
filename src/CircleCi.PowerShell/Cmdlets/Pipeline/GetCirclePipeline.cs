using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Get-CirclePipeline: a project's pipelines (streamed page by page), yours only (-Mine), an organization's
    /// (-OrgSlug), or one pipeline by -Id or by -Number.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CirclePipeline", DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(Models.Pipeline))]
    [CircleApiOperation("listPipelinesForProject")]
    [CircleApiOperation("listMyPipelines")]
    [CircleApiOperation("listPipelines")]
    [CircleApiOperation("getPipelineById")]
    [CircleApiOperation("getPipelineByNumber")]
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
                        ForItem(id, () => Emit(GetJson("pipeline/" + id.ToString("D"), PipelineJson.Default.Pipeline, "getPipelineById")));
                    break;
                case NumberSet:
                    string? slug = CheckSlug(ProjectSlug);
                    if (slug == null) return;
                    foreach (long number in Number)
                        ForItem($"{ProjectSlug} #{number}", () => Emit(GetJson($"project/{slug}/pipeline/{number}", PipelineJson.Default.Pipeline, "getPipelineByNumber")));
                    break;
                case OrgSet:
                    string orgUri = Query.Append(Query.Append("pipeline", "org-slug", OrgSlug), "mine", Mine.IsPresent ? (bool?)true : null);
                    ForItem(OrgSlug, () => WritePages(orgUri, PipelineJson.Default.PagedResponsePipeline, OrgSlug, Remember, MaxPages, "Listing pipelines of " + OrgSlug));
                    break;
                default:
                    string? projectSlug = CheckSlug(ProjectSlug);
                    if (projectSlug == null) return;
                    string uri = Mine ? $"project/{projectSlug}/pipeline/mine" : Query.Append($"project/{projectSlug}/pipeline", "branch", Branch);
                    if (Mine && Branch != null) WriteWarning("-Branch is ignored with -Mine: CircleCI's 'my pipelines' list has no branch filter.");
                    ForItem(ProjectSlug, () => WritePages(uri, PipelineJson.Default.PagedResponsePipeline, ProjectSlug, Remember, MaxPages, "Listing pipelines of " + ProjectSlug));
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
