using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.PipelineDefinition
{
    /// <summary>New-CirclePipelineDefinition: adds a pipeline definition to a project (POST /projects/{project_id}/pipeline-definitions).</summary>
    [Cmdlet(VerbsCommon.New, "CirclePipelineDefinition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.PipelineDefinition))]
    [CircleApiOperation("createPipelineDefinition")]
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
            var body = new JsonObject
            {
                ["name"] = Name,
                ["config_source"] = new JsonObject
                {
                    ["provider"] = "github_app", ["repo"] = new JsonObject { ["external_id"] = RepoExternalId }, ["file_path"] = ConfigFilePath,
                },
                ["checkout_source"] = new JsonObject
                {
                    ["provider"] = "github_app", ["repo"] = new JsonObject { ["external_id"] = CheckoutRepoExternalId ?? RepoExternalId },
                },
            };
            if (Description != null) body["description"] = Description;
            ForItem(Name, () =>
            {
                var definition = SendJson(HttpMethod.Post, $"projects/{ProjectId:D}/pipeline-definitions", body,
                    PipelineDefinitionJson.Default.PipelineDefinition, "createPipelineDefinition");
                definition.ProjectId = ProjectId;
                WriteObject(definition);
            });
        }
    }
}
