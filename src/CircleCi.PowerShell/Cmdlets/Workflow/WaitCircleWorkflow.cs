using System;
using System.Collections.Generic;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core.Waiting;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Wait-CircleWorkflow: waits for the given workflows (all piped ones together) to finish and returns them.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "CircleWorkflow")]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation(nameof(WorkflowApi.GetWorkflowById), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    public sealed class WaitCircleWorkflowCommand : WaitCmdletBase
    {
        private readonly List<Guid> _ids = new List<Guid>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid[] WorkflowId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord() => _ids.AddRange(WorkflowId);

        protected override void EndProcessing()
        {
            if (_ids.Count == 0) return;
            ForItem(_ids.Count == 1 ? (object)_ids[0] : _ids.ToArray(), () =>
            {
                WaitResult result = RunWaiter(waiter => waiter.WaitForWorkflowsAsync(_ids));
                WriteResult(result, _ids.Count == 1 ? (object)_ids[0] : _ids.ToArray());
            });
        }
    }
}
