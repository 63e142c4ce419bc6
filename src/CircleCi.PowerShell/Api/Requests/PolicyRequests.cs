using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /owner/{ownerID}/context/{context}/decision (MakeDecision).</summary>
    public sealed class MakeDecisionRequest
    {
        /// <summary>The config to judge, as YAML text.</summary>
        public string Input { get; set; } = string.Empty;
        /// <summary>A free-form JSON object policies read as data.meta (see Cmdlets/Policy/PolicyMetadata).</summary>
        public JsonElement? Metadata { get; set; }
    }

    /// <summary>PATCH /owner/{ownerID}/context/{context}/decision/settings (SetDecisionSettings, schema DecisionSettings).</summary>
    public sealed class DecisionSettingsRequest
    {
        public bool? Enabled { get; set; }
    }

    /// <summary>POST /owner/{ownerID}/context/{context}/policy-bundle (CreatePolicyBundle, schema BundlePayload).</summary>
    public sealed class CreatePolicyBundleRequest
    {
        /// <summary>Policy name to Rego source text; sent in the order added.</summary>
        public Dictionary<string, string> Policies { get; set; } = new Dictionary<string, string>();
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(MakeDecisionRequest))]
    [JsonSerializable(typeof(DecisionSettingsRequest))]
    [JsonSerializable(typeof(CreatePolicyBundleRequest))]
    internal partial class PolicyRequestJson : JsonSerializerContext
    {
    }
}
