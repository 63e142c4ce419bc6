using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>The answer to a rollback request (POST /projects/{project_id}/rollback, 202 Accepted).</summary>
    public sealed class RollbackResult
    {
        public Guid Id { get; set; }
        /// <summary>How CircleCI rolls back, e.g. pipeline (a rollback pipeline runs).</summary>
        public string? RollbackType { get; set; }

        [JsonIgnore] public Guid ProjectId { get; set; }
        [JsonIgnore] public string ComponentName { get; set; } = string.Empty;
        [JsonIgnore] public string EnvironmentName { get; set; } = string.Empty;
        [JsonIgnore] public string TargetVersion { get; set; } = string.Empty;

        public override string ToString() => $"{ComponentName} in {EnvironmentName} to {TargetVersion}";
    }
}
