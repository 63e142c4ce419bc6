using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>Get-CirclePolicyDecisionBundle: the policies as they were when a decision was made.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePolicyDecisionBundle")]
    [OutputType(typeof(PolicyDocument))]
    [CircleApiOperation(nameof(PolicyApi.GetDecisionLogPolicyBundle))]
    public sealed class GetCirclePolicyDecisionBundleCommand : PolicyCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] DecisionId { get; set; } = System.Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string id in DecisionId)
                ForItem(id, () => WriteBundle(Run(api => api.Policies.GetDecisionLogPolicyBundleAsync(OwnerId, Context, id))));
        }
    }
}
