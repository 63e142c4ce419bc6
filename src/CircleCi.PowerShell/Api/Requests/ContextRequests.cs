using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /context (createContext).</summary>
    public sealed class CreateContextRequest
    {
        public string Name { get; set; } = string.Empty;
        public ContextOwner Owner { get; set; } = new ContextOwner();
    }

    /// <summary>The owner of a new context: an organization by slug, or an organization or account by id (never both).</summary>
    public sealed class ContextOwner
    {
        public Guid? Id { get; set; }
        public string? Slug { get; set; }
        /// <summary>organization or account (by id only; a slug always names an organization).</summary>
        public string? Type { get; set; }

        public static ContextOwner BySlug(string slug) => new ContextOwner { Slug = slug, Type = "organization" };

        public static ContextOwner ById(Guid id, string type) => new ContextOwner { Id = id, Type = type };
    }

    /// <summary>PUT /context/{context_id}/environment-variable/{env_var_name} (addEnvironmentVariableToContext).</summary>
    public sealed class ContextVariableValueRequest
    {
        public string Value { get; set; } = string.Empty;
    }

    /// <summary>POST /context/{context_id}/restrictions (createContextRestriction).</summary>
    public sealed class CreateContextRestrictionRequest
    {
        /// <summary>project, expression or group.</summary>
        public string RestrictionType { get; set; } = string.Empty;
        /// <summary>A project id, an expression or a group id.</summary>
        public string RestrictionValue { get; set; } = string.Empty;
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateContextRequest))]
    [JsonSerializable(typeof(ContextVariableValueRequest))]
    [JsonSerializable(typeof(CreateContextRestrictionRequest))]
    internal partial class ContextRequestJson : JsonSerializerContext
    {
    }
}
