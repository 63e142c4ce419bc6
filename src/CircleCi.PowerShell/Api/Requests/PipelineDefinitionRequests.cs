using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /projects/{project_id}/pipeline-definitions (createPipelineDefinition).</summary>
    public sealed class CreatePipelineDefinitionRequest
    {
        public string Name { get; set; } = string.Empty;
        public string? Description { get; set; }
        public DefinitionConfigSource ConfigSource { get; set; } = new DefinitionConfigSource();
        public DefinitionCheckoutSource CheckoutSource { get; set; } = new DefinitionCheckoutSource();
    }

    /// <summary>PATCH /projects/{project_id}/pipeline-definitions/{pipeline_definition_id} (updatePipelineDefinition):
    /// only the fields given are sent.</summary>
    public sealed class UpdatePipelineDefinitionRequest
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        /// <summary>The update takes only the file path of the config source.</summary>
        public DefinitionConfigSource? ConfigSource { get; set; }
        public DefinitionCheckoutSource? CheckoutSource { get; set; }

        internal bool IsEmpty => Name == null && Description == null && ConfigSource == null && CheckoutSource == null;
    }

    /// <summary>Where the config comes from: github_app (a repository and a path) or circleci (a path).</summary>
    public sealed class DefinitionConfigSource
    {
        public string? Provider { get; set; }
        public ExternalRepo? Repo { get; set; }
        public string? FilePath { get; set; }
    }

    /// <summary>The repository the checkout step clones (github_app).</summary>
    public sealed class DefinitionCheckoutSource
    {
        public string Provider { get; set; } = "github_app";
        public ExternalRepo Repo { get; set; } = new ExternalRepo();
    }

    /// <summary>A repository by its id at the provider (GitHub's numeric id).</summary>
    public sealed class ExternalRepo
    {
        public string ExternalId { get; set; } = string.Empty;
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreatePipelineDefinitionRequest))]
    [JsonSerializable(typeof(UpdatePipelineDefinitionRequest))]
    internal partial class PipelineDefinitionRequestJson : JsonSerializerContext
    {
    }
}
