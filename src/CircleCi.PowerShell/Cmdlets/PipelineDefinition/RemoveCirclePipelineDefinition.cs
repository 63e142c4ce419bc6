using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>Remove-CirclePipelineDefinition: deletes pipeline definitions and their triggers.</summary>
    [Cmdlet(VerbsCommon.Remove, "CirclePipelineDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(PipelineDefinitionApi.DeletePipelineDefinition), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCirclePipelineDefinitionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[] PipelineDefinitionId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in PipelineDefinitionId)
            {
                if (!ShouldProcess($"pipeline definition {id} of project {ProjectId}", "Delete")) continue;
                ForItem(id, () => WriteVerbose(Run(api => api.PipelineDefinitions.DeletePipelineDefinitionAsync(ProjectId, id)).Message));
            }
        }
    }
}
