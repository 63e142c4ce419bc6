using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>The settings createTrigger and updateTrigger both take; null ones are not sent.</summary>
    public abstract class TriggerSettingsRequest
    {
        /// <summary>all-pushes, only-tags, default-branch-pushes, ... (GitHub App triggers).</summary>
        public string? EventPreset { get; set; }
        public string? CheckoutRef { get; set; }
        public string? ConfigRef { get; set; }
        public string? EventName { get; set; }
        public bool? Disabled { get; set; }
    }

    /// <summary>POST /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers (createTrigger).</summary>
    public sealed class CreateTriggerRequest : TriggerSettingsRequest
    {
        public CreateTriggerEventSource EventSource { get; set; } = new CreateTriggerEventSource();
    }

    /// <summary>PATCH /projects/{project_id}/triggers/{trigger_id} (updateTrigger): only the fields given are sent.</summary>
    public sealed class UpdateTriggerRequest : TriggerSettingsRequest
    {
        /// <summary>The update can change only the webhook's sender.</summary>
        public UpdateTriggerEventSource? EventSource { get; set; }

        internal bool IsEmpty => EventPreset == null && CheckoutRef == null && ConfigRef == null && EventName == null && Disabled == null
            && EventSource == null;
    }

    /// <summary>What a new trigger listens to: github_app (a repository) or webhook.</summary>
    public sealed class CreateTriggerEventSource
    {
        public string Provider { get; set; } = string.Empty;
        public ExternalRepo? Repo { get; set; }
        public TriggerWebhookSender? Webhook { get; set; }
    }

    public sealed class UpdateTriggerEventSource
    {
        public TriggerWebhookSender? Webhook { get; set; }
    }

    public sealed class TriggerWebhookSender
    {
        public string? Sender { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateTriggerRequest))]
    [JsonSerializable(typeof(UpdateTriggerRequest))]
    internal partial class TriggerRequestJson : JsonSerializerContext
    {
    }
}
