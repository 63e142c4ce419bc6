using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    /// <summary>
    /// Source-generated System.Text.Json metadata: no reflection at run time, fast first call.
    /// Each API area has its own context beside its models (Models/&lt;Area&gt;/&lt;Area&gt;Json.cs) with the same
    /// options as this one, so areas never edit the same file (the generator cannot merge one partial context
    /// declared in several files). CircleCI's fields are snake_case; kebab-case ones carry [JsonPropertyName].
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(MessageResponse))]
    internal partial class CommonJson : JsonSerializerContext
    {
    }
}
