using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Trigger
{
    /// <summary>Remove-CircleTrigger: deletes triggers (DELETE /projects/{project_id}/triggers/{trigger_id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleTrigger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(TriggerApi.DeleteTrigger), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleTriggerCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[] TriggerId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in TriggerId)
            {
                if (!ShouldProcess($"trigger {id} of project {ProjectId}", "Delete")) continue;
                ForItem(id, () => WriteVerbose(Run(api => api.Triggers.DeleteTriggerAsync(ProjectId, id)).Message));
            }
        }
    }
}
