using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /organizations/{org_id}/groups (createOrganizationGroup).</summary>
    public sealed class CreateOrganizationGroupRequest
    {
        public string Name { get; set; } = string.Empty;
        public string? Description { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateOrganizationGroupRequest))]
    internal partial class GroupRequestJson : JsonSerializerContext
    {
    }
}
