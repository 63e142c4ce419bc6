using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Workflow;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>Wait-CirclePipeline: waits until every workflow of the pipeline is finished (or on hold) and returns them.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "CirclePipeline")]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation(nameof(PipelineApi.GetPipelineById), Model = typeof(Models.Pipeline))]
    [CircleApiOperation(nameof(PipelineApi.ListWorkflowsByPipelineId), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(WorkflowApi.GetWorkflowById), Model = typeof(Models.Workflow))]
    public sealed class WaitCirclePipelineCommand : WaitCmdletBase
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid PipelineId { get; set; }

        protected override void ProcessRecord()
        {
            ForItem(PipelineId, () => WriteResult(RunWaiter(waiter => waiter.WaitForPipelineAsync(PipelineId)), PipelineId));
        }
    }
}
