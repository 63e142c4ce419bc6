using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Stop-CircleWorkflow: cancels running workflows (POST /workflow/{id}/cancel).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CircleWorkflow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation(nameof(WorkflowApi.CancelWorkflow), Model = typeof(Models.MessageResponse))]
    [CircleApiOperation(nameof(WorkflowApi.GetWorkflowById), Model = typeof(Models.Workflow))]
    public sealed class StopCircleWorkflowCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid[] WorkflowId { get; set; } = Array.Empty<Guid>();

        /// <summary>Return the workflow as it is after the cancel request.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (Guid id in WorkflowId)
            {
                if (!ShouldProcess(id.ToString(), "Cancel workflow")) continue;
                ForItem(id, () =>
                {
                    var answer = Run(api => api.Workflows.CancelWorkflowAsync(id));
                    WriteVerbose($"Workflow {id}: {answer.Message}");
                    if (PassThru) WriteObject(Run(api => api.Workflows.GetWorkflowByIdAsync(id)));
                });
            }
        }
    }
}
