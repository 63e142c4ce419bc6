using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /project/{project-slug}/pipeline (triggerPipeline).</summary>
    public sealed class TriggerPipelineRequest
    {
        public string? Branch { get; set; }
        public string? Tag { get; set; }
        /// <summary>Values are strings, whole numbers or booleans (see Cmdlets/Pipeline/PipelineParameters).</summary>
        public Dictionary<string, JsonElement>? Parameters { get; set; }
    }

    /// <summary>POST /project/{provider}/{organization}/{project}/pipeline/run (triggerPipelineRun).</summary>
    public sealed class TriggerPipelineRunRequest
    {
        public Guid DefinitionId { get; set; }
        public GitReference? Config { get; set; }
        public GitReference? Checkout { get; set; }
        public Dictionary<string, JsonElement>? Parameters { get; set; }
    }

    /// <summary>A branch or a tag, never both.</summary>
    public sealed class GitReference
    {
        public string? Branch { get; set; }
        public string? Tag { get; set; }
    }

    /// <summary>POST /pipeline/continue (continuePipeline).</summary>
    public sealed class ContinuePipelineRequest
    {
        [JsonPropertyName("continuation-key")]
        public string ContinuationKey { get; set; } = string.Empty;
        public string Configuration { get; set; } = string.Empty;
        public Dictionary<string, JsonElement>? Parameters { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(TriggerPipelineRequest))]
    [JsonSerializable(typeof(TriggerPipelineRunRequest))]
    [JsonSerializable(typeof(ContinuePipelineRequest))]
    [JsonSerializable(typeof(bool))]
    [JsonSerializable(typeof(long))]
    [JsonSerializable(typeof(string))]
    internal partial class PipelineRequestJson : JsonSerializerContext
    {
    }

    /// <summary>The values a pipeline-parameters object holds (strings, whole numbers, booleans), as the JsonElement
    /// the request bodies carry, written by the source-generated context rather than built as JSON nodes.</summary>
    internal static class PipelineParameterValue
    {
        public static JsonElement Of(bool value) => JsonSerializer.SerializeToElement(value, PipelineRequestJson.Default.Boolean);
        public static JsonElement Of(long value) => JsonSerializer.SerializeToElement(value, PipelineRequestJson.Default.Int64);
        public static JsonElement Of(string value) => JsonSerializer.SerializeToElement(value, PipelineRequestJson.Default.String);
    }
}
