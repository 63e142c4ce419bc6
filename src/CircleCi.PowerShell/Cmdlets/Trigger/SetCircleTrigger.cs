using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Trigger
{
    /// <summary>Set-CircleTrigger: changes a trigger's events, refs, name or whether it is disabled.</summary>
    [Cmdlet(VerbsCommon.Set, "CircleTrigger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DefinitionTrigger))]
    [CircleApiOperation("updateTrigger")]
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
            var body = new JsonObject();
            AddSettings(body, Disabled);
            if (WebhookSender != null) body["event_source"] = new JsonObject { ["webhook"] = new JsonObject { ["sender"] = WebhookSender } };
            if (body.Count == 0) ThrowInvalidArgument("CircleCi.NothingToSet", "Give at least one setting to change.", TriggerId);
            if (!ShouldProcess($"trigger {TriggerId}", "Update")) return;
            ForItem(TriggerId, () =>
            {
                var trigger = SendJson(new HttpMethod("PATCH"), $"projects/{ProjectId:D}/triggers/{TriggerId:D}", body,
                    PipelineDefinitionJson.Default.DefinitionTrigger, "updateTrigger");
                trigger.ProjectId = ProjectId;
                WriteObject(trigger);
            });
        }
    }
}
