using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A deploy environment (GET /deploy/environments).</summary>
    [BindingAlias("EnvironmentId", nameof(Id))]
    public sealed class DeployEnvironment
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string? Description { get; set; }
        public ItemList<DeployLabel> Labels { get; set; } = new ItemList<DeployLabel>();
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>A deployable component of a project (GET /deploy/components).</summary>
    [BindingAlias("ComponentId", nameof(Id))]
    public sealed class DeployComponent
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public Guid ProjectId { get; set; }
        public ItemList<DeployLabel> Labels { get; set; } = new ItemList<DeployLabel>();
        public long ReleaseCount { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>A version of a component deployed to an environment (GET /deploy/components/{id}/versions).</summary>
    public sealed class DeployComponentVersion
    {
        /// <summary>The version, e.g. 1.4.2.</summary>
        public string Name { get; set; } = string.Empty;
        public Guid EnvironmentId { get; set; }
        public string? Namespace { get; set; }
        /// <summary>True while this version is the one running in the environment.</summary>
        public bool IsLive { get; set; }
        public Guid PipelineId { get; set; }
        public Guid WorkflowId { get; set; }
        public Guid JobId { get; set; }
        public long JobNumber { get; set; }
        public DateTimeOffset? LastDeployedAt { get; set; }

        /// <summary>The component the version belongs to (set by the cmdlet).</summary>
        [JsonIgnore] public Guid ComponentId { get; set; }

        public override string ToString() => Name;
    }

    public sealed class DeployLabel
    {
        public string Key { get; set; } = string.Empty;
        public string Value { get; set; } = string.Empty;

        public override string ToString() => $"{Key}={Value}";
    }
}
