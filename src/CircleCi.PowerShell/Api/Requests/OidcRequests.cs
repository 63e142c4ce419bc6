using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>PATCH /org/{orgID}[/project/{projectID}]/oidc-custom-claims (PatchClaimsRequest): only the claims set
    /// (not null) are sent and changed.</summary>
    public sealed class PatchClaimsRequest
    {
        public List<string>? Audience { get; set; }
        /// <summary>A JSONDuration as CircleCI writes it: a number and m or h, e.g. "30m", "1h".</summary>
        public string? Ttl { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(PatchClaimsRequest))]
    internal partial class OidcRequestJson : JsonSerializerContext
    {
    }
}
