using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /webhook (createWebhook): every field is required.</summary>
    public sealed class CreateWebhookRequest
    {
        public string Name { get; set; } = string.Empty;
        /// <summary>workflow-completed and/or job-completed.</summary>
        public List<string> Events { get; set; } = new List<string>();
        public string Url { get; set; } = string.Empty;
        [JsonPropertyName("verify-tls")]
        public bool VerifyTls { get; set; }
        /// <summary>A secret: WebhookApi passes it to the HTTP core as one, so -Debug and error texts redact it.</summary>
        [JsonPropertyName("signing-secret")]
        public string SigningSecret { get; set; } = string.Empty;
        public WebhookRequestScope Scope { get; set; } = new WebhookRequestScope();
    }

    /// <summary>What a webhook is scoped to: a project id, type "project".</summary>
    public sealed class WebhookRequestScope
    {
        public Guid Id { get; set; }
        public string Type { get; set; } = WebhookApi.ProjectScope;
    }

    /// <summary>PUT /webhook/{webhook-id} (updateWebhook): only the fields set (not null) are sent and changed.</summary>
    public sealed class UpdateWebhookRequest
    {
        public string? Name { get; set; }
        public List<string>? Events { get; set; }
        public string? Url { get; set; }
        /// <summary>A secret: WebhookApi passes it to the HTTP core as one, so -Debug and error texts redact it.</summary>
        [JsonPropertyName("signing-secret")]
        public string? SigningSecret { get; set; }
        [JsonPropertyName("verify-tls")]
        public bool? VerifyTls { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateWebhookRequest))]
    [JsonSerializable(typeof(UpdateWebhookRequest))]
    internal partial class WebhookRequestJson : JsonSerializerContext
    {
    }
}
