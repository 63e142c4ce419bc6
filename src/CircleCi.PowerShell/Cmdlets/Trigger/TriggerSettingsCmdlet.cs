using System.Management.Automation;
using CircleCi.PowerShell.Api;

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
        internal void AddSettings(TriggerSettingsRequest body, bool? disabled)
        {
            body.EventPreset = EventPreset;
            body.CheckoutRef = CheckoutRef;
            body.ConfigRef = ConfigRef;
            body.EventName = EventName;
            body.Disabled = disabled;
        }
    }
}
