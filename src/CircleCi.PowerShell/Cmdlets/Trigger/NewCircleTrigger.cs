using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Trigger
{
    /// <summary>New-CircleTrigger: adds a GitHub App or webhook trigger to a pipeline definition.</summary>
    [Cmdlet(VerbsCommon.New, "CircleTrigger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DefinitionTrigger))]
    [CircleApiOperation(nameof(TriggerApi.CreateTrigger))]
    public sealed class NewCircleTriggerCommand : TriggerSettingsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid PipelineDefinitionId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateSet("github_app", "webhook")]
        public string EventSource { get; set; } = "github_app";

        /// <summary>The GitHub repository id whose events start pipelines (github_app).</summary>
        [Parameter]
        public string? RepoExternalId { get; set; }

        [Parameter]
        public SwitchParameter Disabled { get; set; }

        protected override void ProcessRecord()
        {
            if (EventSource == "github_app" && string.IsNullOrEmpty(RepoExternalId))
                ThrowInvalidArgument("CircleCi.RepoRequired", "A github_app trigger needs -RepoExternalId.", PipelineDefinitionId);
            var body = new CreateTriggerRequest
            {
                EventSource = new CreateTriggerEventSource
                {
                    Provider = EventSource,
                    Repo = RepoExternalId == null ? null : new ExternalRepo { ExternalId = RepoExternalId },
                    Webhook = WebhookSender == null ? null : new TriggerWebhookSender { Sender = WebhookSender },
                },
            };
            AddSettings(body, Disabled.IsPresent ? true : (bool?)null);
            if (!ShouldProcess($"pipeline definition {PipelineDefinitionId}", $"Add {EventSource} trigger")) return;
            ForItem(PipelineDefinitionId, () =>
            {
                var trigger = Run(api => api.Triggers.CreateTriggerAsync(ProjectId, PipelineDefinitionId, body));
                trigger.ProjectId = ProjectId;
                trigger.DefinitionId = PipelineDefinitionId;
                WriteObject(trigger);
            });
        }
    }
}
