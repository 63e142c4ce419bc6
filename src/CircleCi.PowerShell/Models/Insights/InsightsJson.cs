using System.Text.Json.Serialization;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Json
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = new[] { typeof(TolerantConverters) })]
    [JsonSerializable(typeof(PagedResponse<WorkflowMetric>))]
    [JsonSerializable(typeof(PagedResponse<WorkflowRun>))]
    [JsonSerializable(typeof(PagedResponse<JobMetric>))]
    [JsonSerializable(typeof(PagedResponse<JobTimeseries>))]
    [JsonSerializable(typeof(WorkflowSummary))]
    [JsonSerializable(typeof(TestMetricReport))]
    [JsonSerializable(typeof(FlakyTestReport))]
    [JsonSerializable(typeof(InsightBranchList))]
    [JsonSerializable(typeof(OrgSummary))]
    [JsonSerializable(typeof(ProjectSummary))]
    internal partial class InsightsJson : JsonSerializerContext
    {
    }
}
