using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(Project))]
    [JsonSerializable(typeof(EnvironmentVariable))]
    [JsonSerializable(typeof(PagedResponse<EnvironmentVariable>))]
    [JsonSerializable(typeof(CheckoutKey))]
    [JsonSerializable(typeof(PagedResponse<CheckoutKey>))]
    [JsonSerializable(typeof(ProjectSettings))]
    internal partial class ProjectJson : JsonSerializerContext
    {
    }
}
