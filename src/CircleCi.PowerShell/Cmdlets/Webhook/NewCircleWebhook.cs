using System;
using System.Linq;
using System.Management.Automation;
using System.Security;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>
    /// New-CircleWebhook: creates an outbound webhook for a project (POST /webhook). The signing secret is a
    /// SecureString (a plain string is accepted), sent once and never written to any stream.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CircleWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Webhook))]
    [CircleApiOperation(nameof(WebhookApi.CreateWebhook))]
    public sealed class NewCircleWebhookCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ProjectId { get; set; } = Array.Empty<Guid>();

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Url { get; set; } = string.Empty;

        [Parameter]
        [ValidateSet("workflow-completed", "job-completed")]
        // -Events is the API's own name; it hides PSCmdlet.Events (the engine's event manager), which is not used here.
        public new string[] Events { get; set; } = { "workflow-completed" };

        /// <summary>The secret CircleCI signs each delivery with (circleci-signature header).</summary>
        [Parameter(Mandatory = true)]
        [SecureStringTransformation]
        public SecureString? SigningSecret { get; set; }

        /// <summary>Check the receiver's TLS certificate (default true; turn off only for self-signed test receivers).</summary>
        [Parameter]
        public bool VerifyTls { get; set; } = true;

        protected override void BeginProcessing()
        {
            string? error = WebhookInput.CheckUrl(Url);
            if (error != null) ThrowInvalidArgument("CircleCi.InvalidWebhookUrl", error, Url);
        }

        protected override void ProcessRecord()
        {
            foreach (Guid project in ProjectId)
            {
                if (!ShouldProcess($"project {project}: {Name} -> {Url}", "Create webhook")) continue;
                ForItem(project, () =>
                {
                    var body = new CreateWebhookRequest
                    {
                        Name = Name, Events = Events.Distinct().ToList(), Url = Url, VerifyTls = VerifyTls,
                        SigningSecret = SecretInput.Reveal(SigningSecret!), Scope = new WebhookRequestScope { Id = project },
                    };
                    WriteObject(Run(api => api.Webhooks.CreateWebhookAsync(body)));
                });
            }
        }
    }
}
