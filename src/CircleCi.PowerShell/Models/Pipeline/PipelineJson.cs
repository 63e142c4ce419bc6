using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(Pipeline))]
    [JsonSerializable(typeof(PagedResponse<Pipeline>))]
    [JsonSerializable(typeof(PipelineCreation))]
    [JsonSerializable(typeof(PipelineConfig))]
    [JsonSerializable(typeof(System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement>))]
    internal partial class PipelineJson : JsonSerializerContext
    {
    }
}
