using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>Set-CirclePipelineDefinition: changes the name, description, config path or checkout repository of a definition.</summary>
    [Cmdlet(VerbsCommon.Set, "CirclePipelineDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.PipelineDefinition))]
    [CircleApiOperation("updatePipelineDefinition")]
    public sealed class SetCirclePipelineDefinitionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid PipelineDefinitionId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ConfigFilePath { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CheckoutRepoExternalId { get; set; }

        protected override void ProcessRecord()
        {
            var body = new JsonObject();
            if (Name != null) body["name"] = Name;
            if (Description != null) body["description"] = Description;
            if (ConfigFilePath != null) body["config_source"] = new JsonObject { ["file_path"] = ConfigFilePath };
            if (CheckoutRepoExternalId != null)
                body["checkout_source"] = new JsonObject { ["provider"] = "github_app", ["repo"] = new JsonObject { ["external_id"] = CheckoutRepoExternalId } };
            if (body.Count == 0) ThrowInvalidArgument("CircleCi.NothingToSet", "Give at least one of -Name, -Description, -ConfigFilePath, -CheckoutRepoExternalId.", PipelineDefinitionId);
            if (!ShouldProcess($"pipeline definition {PipelineDefinitionId}", "Update")) return;
            ForItem(PipelineDefinitionId, () =>
            {
                var definition = SendJson(new HttpMethod("PATCH"), $"projects/{ProjectId:D}/pipeline-definitions/{PipelineDefinitionId:D}", body,
                    PipelineDefinitionJson.Default.PipelineDefinition, "updatePipelineDefinition");
                definition.ProjectId = ProjectId;
                WriteObject(definition);
            });
        }
    }
}
