using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Trigger
{
    /// <summary>Get-CircleTrigger: the triggers of a pipeline definition, or triggers by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleTrigger", DefaultParameterSetName = DefinitionSet)]
    [OutputType(typeof(DefinitionTrigger))]
    [CircleApiOperation(nameof(TriggerApi.ListPipelineDefinitionTriggers), Model = typeof(ItemsEnvelope<DefinitionTrigger>))]
    [CircleApiOperation(nameof(TriggerApi.GetTrigger))]
    public sealed class GetCircleTriggerCommand : CircleApiCmdlet
    {
        private const string DefinitionSet = "Definition";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = DefinitionSet, ValueFromPipelineByPropertyName = true)]
        public Guid PipelineDefinitionId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] TriggerId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == DefinitionSet)
            {
                ForItem(PipelineDefinitionId, () =>
                {
                    var list = Run(api => api.Triggers.ListPipelineDefinitionTriggersAsync(ProjectId, PipelineDefinitionId));
                    foreach (DefinitionTrigger trigger in list.Items)
                    {
                        trigger.ProjectId = ProjectId;
                        trigger.DefinitionId = PipelineDefinitionId;
                        WriteObject(trigger);
                    }
                });
                return;
            }
            foreach (Guid id in TriggerId)
                ForItem(id, () =>
                {
                    var trigger = Run(api => api.Triggers.GetTriggerAsync(ProjectId, id));
                    trigger.ProjectId = ProjectId;
                    WriteObject(trigger);
                });
        }
    }
}
