using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>Whether config policies are evaluated for an owner (organization) and policy context.</summary>
    public sealed class PolicyDecisionSettings
    {
        public bool Enabled { get; set; }

        /// <summary>The owner (organization id) and context (config) the settings are for (set by the cmdlet).</summary>
        [JsonIgnore] public string OwnerId { get; set; } = string.Empty;
        [JsonIgnore] public string Context { get; set; } = string.Empty;

        public override string ToString() => $"{OwnerId}/{Context}: {(Enabled ? "enabled" : "disabled")}";
    }
}
