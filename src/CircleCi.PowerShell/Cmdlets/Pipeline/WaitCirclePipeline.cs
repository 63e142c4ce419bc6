using System;
using System.Management.Automation;
using CircleCi.PowerShell.Cmdlets.Workflow;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Core.Waiting;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>Wait-CirclePipeline: waits until every workflow of the pipeline is finished (or on hold) and returns them.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "CirclePipeline")]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation("getPipelineById", Model = typeof(Models.Pipeline))]
    [CircleApiOperation("listWorkflowsByPipelineId", Model = typeof(Models.Workflow))]
    [CircleApiOperation("listWorkflowJobs", Model = typeof(Models.Job))]
    public sealed class WaitCirclePipelineCommand : WaitCmdletBase
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid PipelineId { get; set; }

        protected override void ProcessRecord()
        {
            ForItem(PipelineId, () =>
            {
                WaitResult result = Run((session, log, ct) => NewWaiter(session, log).WaitForPipelineAsync(PipelineId, ct));
                WriteResult(result, PipelineId);
            });
        }
    }
}
