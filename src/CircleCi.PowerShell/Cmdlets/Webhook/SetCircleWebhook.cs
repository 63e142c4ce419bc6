using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Security;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>Set-CircleWebhook: changes webhooks; only the fields given are sent (PUT /webhook/{id}).</summary>
    [Cmdlet(VerbsCommon.Set, "CircleWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Webhook))]
    [CircleApiOperation("updateWebhook")]
    public sealed class SetCircleWebhookCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] WebhookId { get; set; } = Array.Empty<Guid>();

        [Parameter] [ValidateNotNullOrEmpty] public string? NewName { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? Url { get; set; }

        [Parameter]
        [ValidateSet("workflow-completed", "job-completed")]
        // -Events is the API's own name; it hides PSCmdlet.Events (the engine's event manager), which is not used here.
        public new string[]? Events { get; set; }

        /// <summary>A new signing secret (rotation).</summary>
        [Parameter]
        [SecureStringTransformation]
        public SecureString? SigningSecret { get; set; }

        [Parameter] public bool VerifyTls { get; set; }

        [Parameter] public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            string? error = Url == null ? null : WebhookInput.CheckUrl(Url);
            if (error != null) ThrowInvalidArgument("CircleCi.InvalidWebhookUrl", error, Url);
            if (NewName == null && Url == null && Events == null && SigningSecret == null && !MyInvocation.BoundParameters.ContainsKey(nameof(VerifyTls)))
                ThrowInvalidArgument("CircleCi.NoChange", "Give at least one field to change: -NewName, -Url, -Events, -SigningSecret or -VerifyTls.", null);
        }

        protected override void ProcessRecord()
        {
            foreach (Guid id in WebhookId)
            {
                if (!ShouldProcess(id.ToString(), "Update webhook")) continue;
                ForItem(id, () =>
                {
                    var body = new JsonObject();
                    if (NewName != null) body["name"] = NewName;
                    if (Url != null) body["url"] = Url;
                    if (Events != null) body["events"] = new JsonArray(Events.Distinct().Select(e => (JsonNode?)e).ToArray());
                    if (MyInvocation.BoundParameters.ContainsKey(nameof(VerifyTls))) body["verify-tls"] = VerifyTls;
                    string[]? secrets = null;
                    if (SigningSecret != null)
                    {
                        string secret = SecretInput.Reveal(SigningSecret);
                        body["signing-secret"] = secret;
                        secrets = new[] { secret };
                    }
                    var webhook = SendJson(HttpMethod.Put, "webhook/" + id.ToString("D"), body, WebhookJson.Default.Webhook, "updateWebhook", secrets);
                    if (PassThru) WriteObject(webhook);
                });
            }
        }
    }
}
