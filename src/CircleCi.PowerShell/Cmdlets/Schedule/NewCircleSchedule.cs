using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>New-CircleSchedule: creates a scheduled pipeline for a project (POST /project/{slug}/schedule).</summary>
    [Cmdlet(VerbsCommon.New, "CircleSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Schedule))]
    [CircleApiOperation(nameof(ScheduleApi.CreateSchedule))]
    public sealed class NewCircleScheduleCommand : ScheduleCmdletBase
    {
        private CreateScheduleRequest _body = new CreateScheduleRequest();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        protected override void BeginProcessing()
        {
            // The document requires per-hour, hours-of-day and days-of-week or days-of-month, and branch or tag.
            if (PerHour == null || HoursOfDay == null || (DaysOfWeek == null && DaysOfMonth == null))
                ThrowInvalidArgument("CircleCi.IncompleteTimetable", "A timetable needs -PerHour, -HoursOfDay and -DaysOfWeek or -DaysOfMonth.", null);
            var parameters = PipelineParameterValues();
            if (parameters == null || (!parameters.ContainsKey("branch") && !parameters.ContainsKey("tag")))
                ThrowInvalidArgument("CircleCi.NoBranchOrTag", "A schedule needs the branch or tag to build: give -Branch, -Tag or a 'branch' entry in -Parameters.", null);
            _body = new CreateScheduleRequest
            {
                Name = Name,
                Description = Description,
                Timetable = Timetable(),
                AttributionActor = AttributionActor ?? "current",
                Parameters = parameters!,
            };
        }

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (!ShouldProcess($"{display}: {Name}", "Create schedule")) return;
                ForItem(slug, () => WriteObject(Run(api => api.Schedules.CreateScheduleAsync(normalized, _body))));
            });
        }
    }
}
