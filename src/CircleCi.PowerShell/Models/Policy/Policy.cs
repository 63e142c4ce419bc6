using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>Whether config policies are evaluated for an owner (organization) and policy context.</summary>
    public sealed class PolicyDecisionSettings : IPolicyScoped
    {
        public bool Enabled { get; set; }

        /// <summary>The owner (organization id) and context (config) the settings are for (set by the cmdlet).</summary>
        [JsonIgnore] public string OwnerId { get; set; } = string.Empty;
        [JsonIgnore] public string Context { get; set; } = string.Empty;

        public override string ToString() => $"{OwnerId}/{Context}: {(Enabled ? "enabled" : "disabled")}";
    }
}

namespace CircleCi.PowerShell.Models
{
    /// <summary>A config policy (Rego) of an owner's policy bundle.</summary>
    public sealed class PolicyDocument : IPolicyScoped
    {
        public string Name { get; set; } = string.Empty;
        /// <summary>The policy's Rego source.</summary>
        public string Content { get; set; } = string.Empty;
        public System.DateTimeOffset? CreatedAt { get; set; }
        public string? CreatedBy { get; set; }

        [JsonIgnore] public string OwnerId { get; set; } = string.Empty;
        [JsonIgnore] public string Context { get; set; } = string.Empty;

        public override string ToString() => Name;
    }
}
