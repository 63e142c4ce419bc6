using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A context: a named set of environment variables shared by projects, with optional restrictions.</summary>
    public sealed class Context
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>The id under the name the context cmdlets' -ContextId binds to.</summary>
        [JsonIgnore, System.Management.Automation.Hidden] public Guid ContextId => Id;

        public override string ToString() => Name;
    }

    /// <summary>A context's environment variable. CircleCI never returns context values.</summary>
    public sealed class ContextVariable
    {
        public string Variable { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public Guid ContextId { get; set; }

        [JsonIgnore, System.Management.Automation.Hidden] public string Name => Variable;

        public override string ToString() => Variable;
    }

    /// <summary>Who may use a context: a project, an expression on pipeline values, or a group.</summary>
    public sealed class ContextRestriction
    {
        public Guid ContextId { get; set; }
        public Guid Id { get; set; }
        /// <summary>Deprecated by CircleCI in favour of RestrictionValue; kept for project restrictions.</summary>
        public Guid? ProjectId { get; set; }
        public string? Name { get; set; }
        /// <summary>project, expression or group.</summary>
        public string RestrictionType { get; set; } = string.Empty;
        public string RestrictionValue { get; set; } = string.Empty;

        [JsonIgnore, System.Management.Automation.Hidden] public Guid RestrictionId => Id;

        public override string ToString() => $"{RestrictionType}: {RestrictionValue}";
    }
}
