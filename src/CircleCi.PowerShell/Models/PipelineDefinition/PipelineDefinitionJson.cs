using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(PipelineDefinition))]
    [JsonSerializable(typeof(ItemsEnvelope<PipelineDefinition>))]
    [JsonSerializable(typeof(DefinitionTrigger))]
    [JsonSerializable(typeof(ItemsEnvelope<DefinitionTrigger>))]
    internal partial class PipelineDefinitionJson : JsonSerializerContext
    {
    }
}
