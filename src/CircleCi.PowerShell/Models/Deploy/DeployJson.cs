using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(DeployEnvironment))]
    [JsonSerializable(typeof(PagedResponse<DeployEnvironment>))]
    [JsonSerializable(typeof(DeployComponent))]
    [JsonSerializable(typeof(PagedResponse<DeployComponent>))]
    [JsonSerializable(typeof(PagedResponse<DeployComponentVersion>))]
    internal partial class DeployJson : JsonSerializerContext
    {
    }
}
