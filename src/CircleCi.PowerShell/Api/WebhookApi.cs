using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private WebhookApi? _webhooks;
        public WebhookApi Webhooks => _webhooks ??= new WebhookApi(this);
    }

    /// <summary>The Webhook operations of openapi-v2.json (outbound webhooks). Signing secrets in the bodies are
    /// passed as secrets, so -Debug output and error texts never show them.</summary>
    public sealed class WebhookApi
    {
        internal static readonly ApiRoute GetWebhooks = ApiRoute.Get("getWebhooks", "/webhook");
        internal static readonly ApiRoute CreateWebhook = ApiRoute.Post("createWebhook", "/webhook");
        internal static readonly ApiRoute GetWebhookById = ApiRoute.Get("getWebhookById", "/webhook/{webhook-id}");
        internal static readonly ApiRoute UpdateWebhook = ApiRoute.Put("updateWebhook", "/webhook/{webhook-id}");
        internal static readonly ApiRoute DeleteWebhook = ApiRoute.Delete("deleteWebhook", "/webhook/{webhook-id}");

        /// <summary>The one scope type CircleCI has for webhooks.</summary>
        public const string ProjectScope = "project";

        private readonly CircleApi _api;

        internal WebhookApi(CircleApi api) => _api = api;

        /// <summary>The webhooks of a scope; CircleCI has one scope type, "project". The document declares no page-token
        /// here although the answer carries next_page_token; it is followed with the API's usual page-token.</summary>
        public Task<PagedResponse<Webhook>> GetWebhooksAsync(Guid scopeId, string scopeType = ProjectScope, string? pageToken = null) =>
            _api.CallAsync(GetWebhooks.Path().Query("scope-id", scopeId.ToString("D")).Query("scope-type", scopeType).Query("page-token", pageToken),
                WebhookJson.Default.PagedResponseWebhook);

        public Task<Webhook> CreateWebhookAsync(CreateWebhookRequest body) =>
            _api.CallAsync(CreateWebhook.Path(), body, WebhookRequestJson.Default.CreateWebhookRequest, WebhookJson.Default.Webhook,
                Secrets(body.SigningSecret));

        public Task<Webhook> GetWebhookByIdAsync(Guid webhookId) =>
            _api.CallAsync(GetWebhookById.Path(webhookId), WebhookJson.Default.Webhook);

        public Task<Webhook> UpdateWebhookAsync(Guid webhookId, UpdateWebhookRequest body) =>
            _api.CallAsync(UpdateWebhook.Path(webhookId), body, WebhookRequestJson.Default.UpdateWebhookRequest, WebhookJson.Default.Webhook,
                Secrets(body.SigningSecret));

        public Task<MessageResponse> DeleteWebhookAsync(Guid webhookId) =>
            _api.CallAsync(DeleteWebhook.Path(webhookId), CommonJson.Default.MessageResponse);

        private static IReadOnlyList<string>? Secrets(string? signingSecret) =>
            string.IsNullOrEmpty(signingSecret) ? null : new[] { signingSecret! };
    }
}
