using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>New-CirclePipelineDefinition: adds a pipeline definition to a project (POST /projects/{project_id}/pipeline-definitions).</summary>
    [Cmdlet(VerbsCommon.New, "CirclePipelineDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.PipelineDefinition))]
    [CircleApiOperation(nameof(PipelineDefinitionApi.CreatePipelineDefinition))]
    public sealed class NewCirclePipelineDefinitionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter]
        public string? Description { get; set; }

        /// <summary>The GitHub repository id holding the config (and checked out, unless -CheckoutRepoExternalId says otherwise).</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string RepoExternalId { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ConfigFilePath { get; set; } = ".circleci/config.yml";

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? CheckoutRepoExternalId { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"project {ProjectId}", $"Create pipeline definition '{Name}'")) return;
            var body = new CreatePipelineDefinitionRequest
            {
                Name = Name,
                Description = Description,
                ConfigSource = new DefinitionConfigSource
                {
                    Provider = "github_app", Repo = new ExternalRepo { ExternalId = RepoExternalId }, FilePath = ConfigFilePath,
                },
                CheckoutSource = new DefinitionCheckoutSource
                {
                    Provider = "github_app", Repo = new ExternalRepo { ExternalId = CheckoutRepoExternalId ?? RepoExternalId },
                },
            };
            ForItem(Name, () =>
            {
                var definition = Run(api => api.PipelineDefinitions.CreatePipelineDefinitionAsync(ProjectId, body));
                definition.ProjectId = ProjectId;
                WriteObject(definition);
            });
        }
    }
}
