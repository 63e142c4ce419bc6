using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(PolicyDecisionSettings))]
    [JsonSerializable(typeof(PolicyDocument))]
    [JsonSerializable(typeof(PolicyDecision))]
    [JsonSerializable(typeof(PolicyDecisionLog))]
    [JsonSerializable(typeof(System.Collections.Generic.List<PolicyDecisionLog>))]
    [JsonSerializable(typeof(PolicyBundleDiff))]
    [JsonSerializable(typeof(System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<PolicyDocument>>))]
    internal partial class PolicyJson : JsonSerializerContext
    {
    }
}
