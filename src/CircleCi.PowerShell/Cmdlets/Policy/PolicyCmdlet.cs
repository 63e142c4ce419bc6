using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>The owner and policy context every policy management operation is scoped to.</summary>
    public abstract class PolicyCmdlet : CircleApiCmdlet
    {
        /// <summary>The owner: the organization id. Binds from OrgId too.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("OrgId")]
        [ValidateNotNullOrEmpty]
        public string OwnerId { get; set; } = string.Empty;

        /// <summary>The policy context; CircleCI has one, config.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Context { get; set; } = "config";

        /// <summary>Stamps the owner and context asked for on a result, so it pipes on to the next policy cmdlet.</summary>
        internal T Scoped<T>(T item) where T : IPolicyScoped
        {
            item.OwnerId = OwnerId;
            item.Context = Context;
            return item;
        }

        /// <summary>Writes every policy of a bundle (name to policies), ordered by name.</summary>
        internal void WriteBundle(Dictionary<string, List<PolicyDocument>> bundle)
        {
            foreach (PolicyDocument policy in bundle.OrderBy(kv => kv.Key, StringComparer.Ordinal).SelectMany(kv => kv.Value))
                WriteObject(Scoped(policy));
        }
    }
}
