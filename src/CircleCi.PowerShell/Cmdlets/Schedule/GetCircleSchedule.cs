using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>Get-CircleSchedule: a project's scheduled pipelines, paged (GET /project/{slug}/schedule), or by id (GET /schedule/{id}).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleSchedule", DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(Models.Schedule))]
    [CircleApiOperation(nameof(ScheduleApi.ListSchedulesForProject))]
    [CircleApiOperation(nameof(ScheduleApi.GetScheduleById))]
    public sealed class GetCircleScheduleCommand : CircleApiCmdlet
    {
        private const string ProjectSet = "ByProject";
        private const string IdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ProjectSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        /// <summary>Only schedules whose name matches (wildcards allowed).</summary>
        [Parameter(Position = 1, ParameterSetName = ProjectSet)]
        [SupportsWildcards]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] ScheduleId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (Guid id in ScheduleId)
                    ForItem(id, () => WriteObject(Run(api => api.Schedules.GetScheduleByIdAsync(id))));
                return;
            }
            var pattern = WildcardOrNull(Name, nameof(Name));
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                ForItem(slug, () => WritePages((api, token) => api.Schedules.ListSchedulesForProjectAsync(normalized, token), "schedules of " + display,
                    slug, filter: s => pattern == null || pattern.IsMatch(s.Name)));
            });
        }
    }
}
