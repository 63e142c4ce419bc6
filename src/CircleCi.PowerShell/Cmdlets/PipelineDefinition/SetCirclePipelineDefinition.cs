using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>Set-CirclePipelineDefinition: changes the name, description, config path or checkout repository of a definition.</summary>
    [Cmdlet(VerbsCommon.Set, "CirclePipelineDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.PipelineDefinition))]
    [CircleApiOperation(nameof(PipelineDefinitionApi.UpdatePipelineDefinition))]
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
            var body = new UpdatePipelineDefinitionRequest
            {
                Name = Name,
                Description = Description,
                ConfigSource = ConfigFilePath == null ? null : new DefinitionConfigSource { FilePath = ConfigFilePath },
                CheckoutSource = CheckoutRepoExternalId == null ? null
                    : new DefinitionCheckoutSource { Provider = "github_app", Repo = new ExternalRepo { ExternalId = CheckoutRepoExternalId } },
            };
            if (body.IsEmpty) ThrowInvalidArgument("CircleCi.NothingToSet", "Give at least one of -Name, -Description, -ConfigFilePath, -CheckoutRepoExternalId.", PipelineDefinitionId);
            if (!ShouldProcess($"pipeline definition {PipelineDefinitionId}", "Update")) return;
            ForItem(PipelineDefinitionId, () =>
            {
                var definition = Run(api => api.PipelineDefinitions.UpdatePipelineDefinitionAsync(ProjectId, PipelineDefinitionId, body));
                definition.ProjectId = ProjectId;
                WriteObject(definition);
            });
        }
    }
}
