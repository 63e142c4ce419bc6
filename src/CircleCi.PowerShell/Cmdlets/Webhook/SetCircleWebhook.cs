using System;
using System.Linq;
using System.Management.Automation;
using System.Security;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>Set-CircleWebhook: changes webhooks; only the fields given are sent (PUT /webhook/{id}).</summary>
    [Cmdlet(VerbsCommon.Set, "CircleWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Webhook))]
    [CircleApiOperation(nameof(WebhookApi.UpdateWebhook))]
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
                    var body = new UpdateWebhookRequest
                    {
                        Name = NewName,
                        Url = Url,
                        Events = Events?.Distinct().ToList(),
                        VerifyTls = MyInvocation.BoundParameters.ContainsKey(nameof(VerifyTls)) ? VerifyTls : null,
                        SigningSecret = SigningSecret == null ? null : SecretInput.Reveal(SigningSecret),
                    };
                    var webhook = Run(api => api.Webhooks.UpdateWebhookAsync(id, body));
                    if (PassThru) WriteObject(webhook);
                });
            }
        }
    }
}
