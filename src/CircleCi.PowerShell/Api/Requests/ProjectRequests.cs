using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /organization/{org-slug-or-id}/project (createProject).</summary>
    public sealed class CreateProjectRequest
    {
        public string Name { get; set; } = string.Empty;
    }

    /// <summary>POST /project/{project-slug}/checkout-key (createCheckoutKey).</summary>
    public sealed class CreateCheckoutKeyRequest
    {
        /// <summary>deploy-key or user-key.</summary>
        public string Type { get; set; } = string.Empty;
    }

    /// <summary>POST /project/{project-slug}/envvar (createEnvVar). The value is a secret.</summary>
    public sealed class CreateEnvVarRequest
    {
        public string Name { get; set; } = string.Empty;
        public string Value { get; set; } = string.Empty;
    }

    /// <summary>PATCH /project/{provider}/{organization}/{project}/settings (patchProjectSettings): the document uses the
    /// same "advanced" object for the request and the answer, so the model's is sent (null settings are left out).</summary>
    public sealed class PatchProjectSettingsRequest
    {
        public ProjectAdvancedSettings Advanced { get; set; } = new ProjectAdvancedSettings();
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateProjectRequest))]
    [JsonSerializable(typeof(CreateCheckoutKeyRequest))]
    [JsonSerializable(typeof(CreateEnvVarRequest))]
    [JsonSerializable(typeof(PatchProjectSettingsRequest))]
    internal partial class ProjectRequestJson : JsonSerializerContext
    {
    }
}
