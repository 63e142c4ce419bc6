using System.Management.Automation;
using System.Text.Json.Nodes;

namespace CircleCi.PowerShell.Cmdlets.Trigger
{
    /// <summary>The trigger settings New- and Set-CircleTrigger both send.</summary>
    public abstract class TriggerSettingsCmdlet : CircleApiCmdlet
    {
        /// <summary>Which GitHub events start a pipeline (GitHub App triggers).</summary>
        [Parameter]
        [ValidateSet("all-pushes", "only-tags", "default-branch-pushes", "only-build-prs", "only-open-prs", "only-labeled-prs", "only-merged-prs",
            "only-ready-for-review-prs", "only-branch-delete", "only-build-pushes-to-non-draft-prs", "only-merged-or-closed-prs")]
        public string? EventPreset { get; set; }

        /// <summary>The ref to check out (webhook triggers), e.g. main.</summary>
        [Parameter]
        public string? CheckoutRef { get; set; }

        /// <summary>The ref to read the config from (webhook triggers).</summary>
        [Parameter]
        public string? ConfigRef { get; set; }

        /// <summary>A name for the events (webhook triggers).</summary>
        [Parameter]
        public string? EventName { get; set; }

        [Parameter]
        public string? WebhookSender { get; set; }

        /// <summary>Writes the settings given into <paramref name="body"/>.</summary>
        internal void AddSettings(JsonObject body, bool? disabled)
        {
            if (EventPreset != null) body["event_preset"] = EventPreset;
            if (CheckoutRef != null) body["checkout_ref"] = CheckoutRef;
            if (ConfigRef != null) body["config_ref"] = ConfigRef;
            if (EventName != null) body["event_name"] = EventName;
            if (disabled.HasValue) body["disabled"] = disabled.Value;
        }
    }
}
