using System;
using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>Remove-CircleSchedule: deletes schedules (DELETE /schedule/{id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation("deleteScheduleById", Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleScheduleCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ScheduleId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in ScheduleId)
            {
                if (!ShouldProcess(id.ToString(), "Delete schedule")) continue;
                ForItem(id, () => SendJson(HttpMethod.Delete, "schedule/" + id.ToString("D"), null, CommonJson.Default.MessageResponse, "deleteScheduleById"));
            }
        }
    }
}
