using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>Get-CirclePipelineDefinition: a project's pipeline definitions, or definitions by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePipelineDefinition")]
    [OutputType(typeof(Models.PipelineDefinition))]
    [CircleApiOperation(nameof(PipelineDefinitionApi.ListPipelineDefinitions), Model = typeof(ItemsEnvelope<Models.PipelineDefinition>))]
    [CircleApiOperation(nameof(PipelineDefinitionApi.GetPipelineDefinition))]
    public sealed class GetCirclePipelineDefinitionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[]? PipelineDefinitionId { get; set; }

        protected override void ProcessRecord()
        {
            if (PipelineDefinitionId == null)
            {
                ForItem(ProjectId, () =>
                {
                    foreach (var definition in Run(api => api.PipelineDefinitions.ListPipelineDefinitionsAsync(ProjectId)).Items)
                        WriteObject(WithProject(definition));
                });
                return;
            }
            foreach (Guid id in PipelineDefinitionId)
                ForItem(id, () => WriteObject(WithProject(Run(api => api.PipelineDefinitions.GetPipelineDefinitionAsync(ProjectId, id)))));
        }

        private Models.PipelineDefinition WithProject(Models.PipelineDefinition definition)
        {
            definition.ProjectId = ProjectId;
            return definition;
        }
    }
}
