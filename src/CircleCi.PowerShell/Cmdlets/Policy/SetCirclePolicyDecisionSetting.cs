using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>Set-CirclePolicyDecisionSetting: turns config policy evaluation on or off for an organization.</summary>
    [Cmdlet(VerbsCommon.Set, "CirclePolicyDecisionSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(PolicyDecisionSettings))]
    [CircleApiOperation("SetDecisionSettings")]
    public sealed class SetCirclePolicyDecisionSettingCommand : PolicyCmdlet
    {
        [Parameter(Mandatory = true)]
        public bool Enabled { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"{OwnerId}/{Context}", Enabled ? "Enable policy evaluation" : "Disable policy evaluation")) return;
            var body = new JsonObject { ["enabled"] = Enabled };
            ForItem(OwnerId, () => WriteObject(Scoped(SendJson(new HttpMethod("PATCH"), SettingsUri, body, PolicyJson.Default.PolicyDecisionSettings, "SetDecisionSettings"))));
        }
    }
}
