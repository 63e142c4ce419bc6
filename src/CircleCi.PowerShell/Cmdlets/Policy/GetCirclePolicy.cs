using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>Get-CirclePolicy: the config policies of an owner's bundle, or named policies.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePolicy")]
    [OutputType(typeof(PolicyDocument))]
    [CircleApiOperation(nameof(PolicyApi.GetPolicyBundle))]
    [CircleApiOperation(nameof(PolicyApi.GetPolicyDocument))]
    public sealed class GetCirclePolicyCommand : PolicyCmdlet
    {
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (Name == null)
            {
                ForItem(OwnerId, () => WriteBundle(Run(api => api.Policies.GetPolicyBundleAsync(OwnerId, Context))));
                return;
            }
            foreach (string name in Name)
                ForItem(name, () => WriteObject(Scoped(Run(api => api.Policies.GetPolicyDocumentAsync(OwnerId, Context, name)))));
        }
    }
}
