using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>Set-CircleSchedule: changes schedules; only the fields given are sent (PATCH /schedule/{id}).</summary>
    [Cmdlet(VerbsCommon.Set, "CircleSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Schedule))]
    [CircleApiOperation("updateSchedule")]
    public sealed class SetCircleScheduleCommand : ScheduleCmdletBase
    {
        private JsonObject _body = new JsonObject();

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
            _body = new JsonObject();
            if (HasTimetable) _body["timetable"] = TimetableJson();
            AddCommonFields(_body, NewName);
            if (_body.Count == 0) ThrowInvalidArgument("CircleCi.NoChange", "Give at least one field to change, e.g. -HoursOfDay 3.", null);
        }

        protected override void ProcessRecord()
        {
            foreach (Guid id in ScheduleId)
            {
                if (!ShouldProcess(id.ToString(), "Update schedule")) continue;
                ForItem(id, () =>
                {
                    var schedule = SendJson(new HttpMethod("PATCH"), "schedule/" + id.ToString("D"), _body.DeepClone(), ScheduleJson.Default.Schedule, "updateSchedule");
                    if (PassThru) WriteObject(schedule);
                });
            }
        }
    }
}
