using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>Get-CirclePipelineDefinition: a project's pipeline definitions, or definitions by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePipelineDefinition")]
    [OutputType(typeof(Models.PipelineDefinition))]
    [CircleApiOperation("listPipelineDefinitions", Model = typeof(ItemList<Models.PipelineDefinition>))]
    [CircleApiOperation("getPipelineDefinition")]
    public sealed class GetCirclePipelineDefinitionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[]? PipelineDefinitionId { get; set; }

        protected override void ProcessRecord()
        {
            string root = $"projects/{ProjectId:D}/pipeline-definitions";
            if (PipelineDefinitionId == null)
            {
                ForItem(ProjectId, () =>
                {
                    foreach (var definition in GetJson(root, PipelineDefinitionJson.Default.ItemListPipelineDefinition, "listPipelineDefinitions").Items)
                        WriteObject(WithProject(definition));
                });
                return;
            }
            foreach (Guid id in PipelineDefinitionId)
                ForItem(id, () => WriteObject(WithProject(GetJson($"{root}/{id:D}", PipelineDefinitionJson.Default.PipelineDefinition, "getPipelineDefinition"))));
        }

        private Models.PipelineDefinition WithProject(Models.PipelineDefinition definition)
        {
            definition.ProjectId = ProjectId;
            return definition;
        }
    }
}
