using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>Remove-CircleWebhook: deletes outbound webhooks (DELETE /webhook/{id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(WebhookApi.DeleteWebhook), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleWebhookCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] WebhookId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in WebhookId)
            {
                if (!ShouldProcess(id.ToString(), "Delete webhook")) continue;
                ForItem(id, () => Run(api => api.Webhooks.DeleteWebhookAsync(id)));
            }
        }
    }
}
