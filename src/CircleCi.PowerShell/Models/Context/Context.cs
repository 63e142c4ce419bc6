using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A context: a named set of environment variables shared by projects, with optional restrictions.</summary>
    [BindingAlias("ContextId", nameof(Id))]
    public sealed class Context
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>A context's environment variable. CircleCI never returns context values.</summary>
    [BindingAlias("Name", nameof(Variable))]
    public sealed class ContextVariable
    {
        public string Variable { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public Guid ContextId { get; set; }

        public override string ToString() => Variable;
    }

    /// <summary>Who may use a context: a project, an expression on pipeline values, or a group.</summary>
    [BindingAlias("RestrictionId", nameof(Id))]
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

        public override string ToString() => $"{RestrictionType}: {RestrictionValue}";
    }
}
