using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(Context))]
    [JsonSerializable(typeof(PagedResponse<Context>))]
    [JsonSerializable(typeof(ContextVariable))]
    [JsonSerializable(typeof(PagedResponse<ContextVariable>))]
    [JsonSerializable(typeof(ContextRestriction))]
    [JsonSerializable(typeof(PagedResponse<ContextRestriction>))]
    internal partial class ContextJson : JsonSerializerContext
    {
    }
}
