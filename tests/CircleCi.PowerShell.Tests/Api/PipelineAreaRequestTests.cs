using System.Text.Json;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Tests.Contract;
using Xunit;

namespace CircleCi.PowerShell.Tests.Api;

/// <summary>
/// The request bodies of the Pipeline, Pipeline Definition, Trigger, Schedule and Rollback areas, with every field
/// filled, name only fields the document's request schema has (kebab-case where it says so), nested objects included,
/// and carry the fields it requires.
/// </summary>
public class PipelineAreaRequestTests
{
    private static readonly Dictionary<string, JsonElement> Parameters = new()
    {
        ["deploy"] = PipelineParameterValue.Of(true),
        ["replicas"] = PipelineParameterValue.Of(3),
        ["image-tag"] = PipelineParameterValue.Of("4.8.2"),
    };

    private static readonly ExternalRepo Repo = new() { ExternalId = "123456" };

    private static IEnumerable<(string OperationId, JsonElement Body)> Bodies()
    {
        yield return ("continuePipeline", JsonSerializer.SerializeToElement(
            new ContinuePipelineRequest { ContinuationKey = "key", Configuration = "version: 2.1", Parameters = Parameters },
            PipelineRequestJson.Default.ContinuePipelineRequest));
        yield return ("triggerPipeline", JsonSerializer.SerializeToElement(
            new TriggerPipelineRequest { Branch = "main", Tag = "v1", Parameters = Parameters }, PipelineRequestJson.Default.TriggerPipelineRequest));
        yield return ("triggerPipelineRun", JsonSerializer.SerializeToElement(
            new TriggerPipelineRunRequest
            {
                DefinitionId = Guid.NewGuid(), Config = new GitReference { Branch = "main" }, Checkout = new GitReference { Tag = "v1" },
                Parameters = Parameters,
            }, PipelineRequestJson.Default.TriggerPipelineRunRequest));

        var timetable = new ScheduleTimetable
        {
            PerHour = 1, HoursOfDay = new() { 3 }, DaysOfWeek = new() { "MON" }, DaysOfMonth = new() { 1 }, Months = new() { "JAN" },
        };
        yield return ("createSchedule", JsonSerializer.SerializeToElement(
            new CreateScheduleRequest { Name = "nightly", Description = "d", Timetable = timetable, AttributionActor = "system", Parameters = Parameters },
            ScheduleRequestJson.Default.CreateScheduleRequest));
        yield return ("updateSchedule", JsonSerializer.SerializeToElement(
            new UpdateScheduleRequest { Name = "nightly", Description = "d", Timetable = timetable, AttributionActor = "current", Parameters = Parameters },
            ScheduleRequestJson.Default.UpdateScheduleRequest));

        yield return ("createPipelineDefinition", JsonSerializer.SerializeToElement(
            new CreatePipelineDefinitionRequest
            {
                Name = "build", Description = "d",
                ConfigSource = new DefinitionConfigSource { Provider = "github_app", Repo = Repo, FilePath = ".circleci/config.yml" },
                CheckoutSource = new DefinitionCheckoutSource { Provider = "github_app", Repo = Repo },
            }, PipelineDefinitionRequestJson.Default.CreatePipelineDefinitionRequest));
        yield return ("updatePipelineDefinition", JsonSerializer.SerializeToElement(
            new UpdatePipelineDefinitionRequest
            {
                Name = "build", Description = "d", ConfigSource = new DefinitionConfigSource { FilePath = "x.yml" },
                CheckoutSource = new DefinitionCheckoutSource { Provider = "github_app", Repo = Repo },
            }, PipelineDefinitionRequestJson.Default.UpdatePipelineDefinitionRequest));

        var sender = new TriggerWebhookSender { Sender = "acme" };
        yield return ("createTrigger", JsonSerializer.SerializeToElement(
            new CreateTriggerRequest
            {
                EventSource = new CreateTriggerEventSource { Provider = "github_app", Repo = Repo, Webhook = sender },
                EventPreset = "all-pushes", CheckoutRef = "main", ConfigRef = "main", EventName = "push", Disabled = true,
            }, TriggerRequestJson.Default.CreateTriggerRequest));
        yield return ("updateTrigger", JsonSerializer.SerializeToElement(
            new UpdateTriggerRequest
            {
                EventSource = new UpdateTriggerEventSource { Webhook = sender },
                EventPreset = "only-tags", CheckoutRef = "main", ConfigRef = "main", EventName = "push", Disabled = false,
            }, TriggerRequestJson.Default.UpdateTriggerRequest));

        yield return ("rollbackProject", JsonSerializer.SerializeToElement(
            new RollbackProjectRequest
            {
                ComponentName = "api", CurrentVersion = "2", EnvironmentName = "prod", TargetVersion = "1", Namespace = "ns", Reason = "r",
                Parameters = Parameters,
            }, RollbackRequestJson.Default.RollbackProjectRequest));
    }

    [SkippableFact]
    public void Every_body_field_is_one_the_document_names()
    {
        Skip.If(TestPaths.SharedCircleCi == null, "../shared/circleci is not present: request bodies not checked.");
        var doc = OpenApiDocument.Load(Path.Combine(TestPaths.SharedCircleCi!, "openapi-v2.json"));
        var operations = doc.Operations().ToDictionary(o => o.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (operationId, body) in Bodies())
        {
            Assert.True(operations.TryGetValue(operationId, out var op), operationId + " is not in the document.");
            JsonElement schema = doc.Resolve(op!.Element.GetProperty("requestBody"))
                .GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Check(doc, body, schema, operationId, problems);
        }
        Assert.True(problems.Count == 0, "Request body fields against openapi-v2.json:\n" + string.Join("\n", problems));
    }

    private static void Check(OpenApiDocument doc, JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        schema = doc.Resolve(schema);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
        {
            foreach (JsonElement item in value.EnumerateArray()) Check(doc, item, items, at + "[]", problems);
            return;
        }
        if (value.ValueKind != JsonValueKind.Object) return;
        var properties = PropertiesOfAnyBranch(doc, schema);
        if (properties.Count == 0) return; // a free-form object (pipeline parameters)
        foreach (JsonProperty field in value.EnumerateObject())
        {
            if (properties.TryGetValue(field.Name, out JsonElement fieldSchema)) Check(doc, field.Value, fieldSchema, at + "." + field.Name, problems);
            else problems.Add($"{at}: '{field.Name}' is not a field of the document's schema ({string.Join(", ", properties.Keys)}).");
        }
        if (schema.TryGetProperty("required", out JsonElement required))
            foreach (JsonElement name in required.EnumerateArray())
                if (!value.TryGetProperty(name.GetString()!, out _)) problems.Add($"{at}: the required '{name.GetString()}' is missing.");
    }

    /// <summary>The properties of the schema and of every anyOf/oneOf branch (timetable, config_source).</summary>
    private static Dictionary<string, JsonElement> PropertiesOfAnyBranch(OpenApiDocument doc, JsonElement schema)
    {
        var result = doc.Properties(schema);
        foreach (string keyword in new[] { "anyOf", "oneOf" })
            if (schema.TryGetProperty(keyword, out JsonElement branches))
                foreach (JsonElement branch in branches.EnumerateArray())
                    foreach (var kv in doc.Properties(branch)) result.TryAdd(kv.Key, kv.Value);
        return result;
    }
}
