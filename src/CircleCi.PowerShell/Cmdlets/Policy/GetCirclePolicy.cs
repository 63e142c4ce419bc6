using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>Get-CirclePolicy: the config policies of an owner's bundle, or named policies.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePolicy")]
    [OutputType(typeof(PolicyDocument))]
    [CircleApiOperation("GetPolicyBundle")]
    [CircleApiOperation("GetPolicyDocument")]
    public sealed class GetCirclePolicyCommand : PolicyCmdlet
    {
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (Name == null)
            {
                ForItem(OwnerId, () => WriteBundle(GetJson(ContextUri + "/policy-bundle", PolicyJson.Default.DictionaryStringListPolicyDocument, "GetPolicyBundle")));
                return;
            }
            foreach (string name in Name)
                ForItem(name, () => WriteObject(Scoped(GetJson($"{ContextUri}/policy-bundle/{Uri.EscapeDataString(name)}",
                    PolicyJson.Default.PolicyDocument, "GetPolicyDocument"))));
        }
    }
}
