using System.Management.Automation;

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

        internal string ContextUri => $"owner/{System.Uri.EscapeDataString(OwnerId)}/context/{System.Uri.EscapeDataString(Context)}";
        internal string SettingsUri => ContextUri + "/decision/settings";

        internal Models.PolicyDecisionSettings Scoped(Models.PolicyDecisionSettings settings)
        {
            settings.OwnerId = OwnerId;
            settings.Context = Context;
            return settings;
        }
    }
}
