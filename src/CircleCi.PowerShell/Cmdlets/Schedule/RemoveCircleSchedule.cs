using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>Remove-CircleSchedule: deletes schedules (DELETE /schedule/{id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ScheduleApi.DeleteScheduleById), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleScheduleCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ScheduleId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in ScheduleId)
            {
                if (!ShouldProcess(id.ToString(), "Delete schedule")) continue;
                ForItem(id, () => Run(api => api.Schedules.DeleteScheduleByIdAsync(id)));
            }
        }
    }
}
