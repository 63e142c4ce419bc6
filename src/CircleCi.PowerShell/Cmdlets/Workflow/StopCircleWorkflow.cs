using System;
using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Stop-CircleWorkflow: cancels running workflows (POST /workflow/{id}/cancel).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CircleWorkflow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation("cancelWorkflow", Model = typeof(Models.MessageResponse))]
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
                    var answer = SendJson(HttpMethod.Post, $"workflow/{id:D}/cancel", null, CommonJson.Default.MessageResponse, "cancelWorkflow");
                    WriteVerbose($"Workflow {id}: {answer.Message}");
                    if (PassThru) WriteObject(GetJson("workflow/" + id.ToString("D"), WorkflowJson.Default.Workflow, "getWorkflowById"));
                });
            }
        }
    }
}
