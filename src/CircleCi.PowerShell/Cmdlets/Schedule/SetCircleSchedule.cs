using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>Set-CircleSchedule: changes schedules; only the fields given are sent (PATCH /schedule/{id}).</summary>
    [Cmdlet(VerbsCommon.Set, "CircleSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Schedule))]
    [CircleApiOperation(nameof(ScheduleApi.UpdateSchedule))]
    public sealed class SetCircleScheduleCommand : ScheduleCmdletBase
    {
        private UpdateScheduleRequest _body = new UpdateScheduleRequest();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ScheduleId { get; set; } = Array.Empty<Guid>();

        /// <summary>A new name.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? NewName { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            _body = new UpdateScheduleRequest
            {
                Name = NewName,
                Description = Description,
                Timetable = HasTimetable ? Timetable() : null,
                AttributionActor = AttributionActor,
                Parameters = PipelineParameterValues(),
            };
            if (_body.IsEmpty) ThrowInvalidArgument("CircleCi.NoChange", "Give at least one field to change, e.g. -HoursOfDay 3.", null);
        }

        protected override void ProcessRecord()
        {
            foreach (Guid id in ScheduleId)
            {
                if (!ShouldProcess(id.ToString(), "Update schedule")) continue;
                ForItem(id, () =>
                {
                    var schedule = Run(api => api.Schedules.UpdateScheduleAsync(id, _body));
                    if (PassThru) WriteObject(schedule);
                });
            }
        }
    }
}
