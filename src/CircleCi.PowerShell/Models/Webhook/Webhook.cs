using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>An outbound webhook: CircleCI posts workflow or job completion events to Url, signed with the signing secret.</summary>
    [BindingAlias("WebhookId", nameof(Id))]
    public sealed class Webhook
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Url { get; set; } = string.Empty;
        /// <summary>workflow-completed and/or job-completed.</summary>
        public ItemList<string> Events { get; set; } = new ItemList<string>();
        [JsonPropertyName("verify-tls")] public bool VerifyTls { get; set; }
        /// <summary>As CircleCI returns it (masked); the secret itself is only ever sent.</summary>
        [JsonPropertyName("signing-secret")] public string? SigningSecret { get; set; }
        public WebhookScope Scope { get; set; } = new WebhookScope();
        [JsonPropertyName("created-at")] public DateTimeOffset CreatedAt { get; set; }
        [JsonPropertyName("updated-at")] public DateTimeOffset UpdatedAt { get; set; }

        /// <summary>The project the webhook belongs to (scope id), for piping into cmdlets that take -ProjectId.</summary>
        [JsonIgnore] public Guid ProjectId => Scope.Id;

        public override string ToString() => Name;
    }

    public sealed class WebhookScope
    {
        public Guid Id { get; set; }
        /// <summary>project (the only scope CircleCI has today).</summary>
        public string Type { get; set; } = string.Empty;

        public override string ToString() => $"{Type} {Id}";
    }
}
