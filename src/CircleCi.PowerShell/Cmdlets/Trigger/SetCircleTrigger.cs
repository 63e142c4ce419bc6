using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Trigger
{
    /// <summary>Set-CircleTrigger: changes a trigger's events, refs, name or whether it is disabled.</summary>
    [Cmdlet(VerbsCommon.Set, "CircleTrigger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DefinitionTrigger))]
    [CircleApiOperation(nameof(TriggerApi.UpdateTrigger))]
    public sealed class SetCircleTriggerCommand : TriggerSettingsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid TriggerId { get; set; }

        /// <summary>$true to stop the trigger starting pipelines, $false to start again.</summary>
        [Parameter]
        public bool? Disabled { get; set; }

        protected override void ProcessRecord()
        {
            var body = new UpdateTriggerRequest
            {
                EventSource = WebhookSender == null ? null : new UpdateTriggerEventSource { Webhook = new TriggerWebhookSender { Sender = WebhookSender } },
            };
            AddSettings(body, Disabled);
            if (body.IsEmpty) ThrowInvalidArgument("CircleCi.NothingToSet", "Give at least one setting to change.", TriggerId);
            if (!ShouldProcess($"trigger {TriggerId}", "Update")) return;
            ForItem(TriggerId, () =>
            {
                var trigger = Run(api => api.Triggers.UpdateTriggerAsync(ProjectId, TriggerId, body));
                trigger.ProjectId = ProjectId;
                WriteObject(trigger);
            });
        }
    }
}
