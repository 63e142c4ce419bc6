using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>The answer of a trigger (POST /project/{slug}/pipeline, .../pipeline/run).</summary>
    public sealed class PipelineCreation
    {
        public Guid Id { get; set; }
        public string State { get; set; } = string.Empty;
        public long Number { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        /// <summary>Set by pipeline/run when it created nothing (HTTP 200), e.g. "Ignoring pipeline due to CI skip".</summary>
        public string? Message { get; set; }
    }

    /// <summary>A pipeline's configuration (GET /pipeline/{id}/config).</summary>
    public sealed class PipelineConfig
    {
        public string Source { get; set; } = string.Empty;
        public string Compiled { get; set; } = string.Empty;
        [JsonPropertyName("setup-config")] public string? SetupConfig { get; set; }
        [JsonPropertyName("compiled-setup-config")] public string? CompiledSetupConfig { get; set; }

        [JsonIgnore] public Guid PipelineId { get; set; }

        public override string ToString() => Compiled.Length > 0 ? Compiled : Source;
    }

    /// <summary>One pipeline value (GET /pipeline/{id}/values), e.g. pipeline.git.branch = main.</summary>
    public sealed class PipelineValue
    {
        public PipelineValue(Guid pipelineId, string name, object? value)
        {
            PipelineId = pipelineId;
            Name = name;
            Value = value;
        }

        public Guid PipelineId { get; }
        public string Name { get; }
        public object? Value { get; }

        public override string ToString() => $"{Name} = {Value}";
    }
}
