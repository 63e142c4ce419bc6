using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(Workflow))]
    [JsonSerializable(typeof(PagedResponse<Workflow>))]
    [JsonSerializable(typeof(WorkflowRerunResponse))]
    internal partial class WorkflowJson : JsonSerializerContext
    {
    }
}
