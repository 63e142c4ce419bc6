using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /projects/{project_id}/rollback (rollbackProject).</summary>
    public sealed class RollbackProjectRequest
    {
        public string ComponentName { get; set; } = string.Empty;
        public string CurrentVersion { get; set; } = string.Empty;
        public string EnvironmentName { get; set; } = string.Empty;
        public string? Namespace { get; set; }
        /// <summary>Parameters of the rollback pipeline.</summary>
        public Dictionary<string, JsonElement>? Parameters { get; set; }
        /// <summary>Why, for the audit trail.</summary>
        public string? Reason { get; set; }
        public string TargetVersion { get; set; } = string.Empty;
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(RollbackProjectRequest))]
    internal partial class RollbackRequestJson : JsonSerializerContext
    {
    }
}
