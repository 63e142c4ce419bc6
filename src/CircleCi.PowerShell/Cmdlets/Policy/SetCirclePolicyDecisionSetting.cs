using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>Set-CirclePolicyDecisionSetting: turns config policy evaluation on or off for an organization.</summary>
    [Cmdlet(VerbsCommon.Set, "CirclePolicyDecisionSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(PolicyDecisionSettings))]
    [CircleApiOperation(nameof(PolicyApi.SetDecisionSettings))]
    public sealed class SetCirclePolicyDecisionSettingCommand : PolicyCmdlet
    {
        [Parameter(Mandatory = true)]
        public bool Enabled { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"{OwnerId}/{Context}", Enabled ? "Enable policy evaluation" : "Disable policy evaluation")) return;
            var body = new DecisionSettingsRequest { Enabled = Enabled };
            ForItem(OwnerId, () => WriteObject(Scoped(Run(api => api.Policies.SetDecisionSettingsAsync(OwnerId, Context, body)))));
        }
    }
}
