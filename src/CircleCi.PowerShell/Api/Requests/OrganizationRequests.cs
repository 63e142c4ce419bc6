using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /organization (createOrganization).</summary>
    public sealed class CreateOrganizationRequest
    {
        public string Name { get; set; } = string.Empty;
        /// <summary>circleci, github or bitbucket.</summary>
        public string VcsType { get; set; } = string.Empty;
    }

    /// <summary>POST /organization/{org-slug-or-id}/url-orb-allow-list (createURLOrbAllowListEntry).</summary>
    public sealed class CreateURLOrbAllowListEntryRequest
    {
        public string Name { get; set; } = string.Empty;
        /// <summary>The URL prefix orbs may be imported from (https://...).</summary>
        public string Prefix { get; set; } = string.Empty;
        /// <summary>none, github-oauth, bitbucket-oauth or github-app.</summary>
        public string Auth { get; set; } = string.Empty;
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateOrganizationRequest))]
    [JsonSerializable(typeof(CreateURLOrbAllowListEntryRequest))]
    internal partial class OrganizationRequestJson : JsonSerializerContext
    {
    }
}
