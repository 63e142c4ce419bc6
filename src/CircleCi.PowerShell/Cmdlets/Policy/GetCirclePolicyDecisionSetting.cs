using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>Get-CirclePolicyDecisionSetting: whether config policies are evaluated for an organization.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePolicyDecisionSetting")]
    [OutputType(typeof(PolicyDecisionSettings))]
    [CircleApiOperation(nameof(PolicyApi.GetDecisionSettings))]
    public sealed class GetCirclePolicyDecisionSettingCommand : PolicyCmdlet
    {
        protected override void ProcessRecord() =>
            ForItem(OwnerId, () => WriteObject(Scoped(Run(api => api.Policies.GetDecisionSettingsAsync(OwnerId, Context)))));
    }
}
