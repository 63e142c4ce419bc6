using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Models;

/// <summary>
/// Every typed property of every model the contexts read (dates, ids, numbers, booleans, and lists of them), fed the
/// forms CircleCI is known to send besides the documented one, and empty strings, null and garbage: what can be parsed
/// is, the rest leaves the property empty, and nothing fails the item.
/// </summary>
public class OddFormTests
{
    private static readonly DateTimeOffset Instant = new(2023, 4, 14, 21, 20, 14, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("5034460f-c7c4-4c43-9457-de07e2029e7b");

    /// <summary>(JSON value, what the property must hold afterwards; Empty = its type's default).</summary>
    private static readonly object Empty = new();

    public static IEnumerable<(string Json, object Expected)> Forms(Type type) => type switch
    {
        _ when type == typeof(DateTimeOffset) => new (string, object)[]
        {
            ("\"2023-04-14T21:20:14Z\"", Instant),
            ("\"#joda/inst 2023-04-14T21:20:14+0000\"", Instant),
            ("\"#inst \\\"2023-04-14T21:20:14.000-00:00\\\"\"", Instant),
            ("\"2023-04-14T21:20:14+0000\"", Instant),
            ("\"2023-04-14T23:50:14+0230\"", Instant),
            ("\"2023-04-14T21:20:14+00\"", Instant),
            ("\"2023-04-14 21:20:14 UTC\"", Instant),
            ("\"2023-04-14T21:20:14.000000000Z\"", Instant),
            ("\" 2023-04-14T21:20:14Z \"", Instant),
            ("\"\"", Empty), ("null", Empty), ("\"not a date\"", Empty), ("\"14/04/2023\"", Empty), ("\"2023-13-45T99:00:00Z\"", Empty),
            ("1681507214", Empty), ("true", Empty), ("{\"at\":1}", Empty), ("[1,2]", Empty),
        },
        _ when type == typeof(Guid) => new (string, object)[]
        {
            ("\"5034460f-c7c4-4c43-9457-de07e2029e7b\"", Id),
            ("\"5034460fc7c44c439457de07e2029e7b\"", Id),
            ("\"{5034460f-c7c4-4c43-9457-de07e2029e7b}\"", Id),
            ("\"5034460F-C7C4-4C43-9457-DE07E2029E7B\"", Id),
            ("\"\"", Empty), ("null", Empty), ("\"gh/acme/api\"", Empty), ("42", Empty), ("false", Empty), ("{}", Empty), ("[]", Empty),
        },
        _ when type == typeof(long) || type == typeof(int) => new (string, object)[]
        {
            ("42", 42L), ("\"42\"", 42L), ("\" 42 \"", 42L), ("42.0", 42L), ("\"4.2e1\"", 42L), ("-7", -7L),
            ("\"\"", Empty), ("null", Empty), ("4.5", Empty), ("\"many\"", Empty), ("1e30", Empty), ("true", Empty), ("{}", Empty), ("[3]", Empty),
        },
        _ when type == typeof(double) => new (string, object)[]
        {
            ("0.25", 0.25), ("\"0.25\"", 0.25), ("3", 3.0), ("\"1e-3\"", 0.001),
            ("\"\"", Empty), ("null", Empty), ("\"0,25\"", Empty), ("\"fast\"", Empty), ("false", Empty), ("{}", Empty),
        },
        _ when type == typeof(bool) => new (string, object)[]
        {
            ("true", true), ("false", false), ("\"true\"", true), ("\"False\"", false), ("1", true), ("0", false),
            ("\"\"", Empty), ("null", Empty), ("\"yes\"", Empty), ("2", Empty), ("{}", Empty),
        },
        _ => throw new InvalidOperationException("No odd forms for " + type),
    };

    /// <summary>Every context of the module that reads answers (request-body contexts only write).</summary>
    internal static IEnumerable<JsonSerializerContext> Contexts() =>
        typeof(CommonJson).Assembly.GetTypes()
            .Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace == typeof(CommonJson).Namespace)
            .Select(t => (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

    /// <summary>(context, object type, property) for every typed property reachable from a context's roots.</summary>
    internal static IEnumerable<(JsonSerializerContext Context, JsonTypeInfo Owner, JsonPropertyInfo Property)> TypedProperties()
    {
        foreach (JsonSerializerContext context in Contexts())
        {
            var seen = new HashSet<Type>();
            var queue = new Queue<Type>(context.GetType().GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
                .Select(a => (Type)a.ConstructorArguments[0].Value!));
            while (queue.Count > 0)
            {
                Type type = queue.Dequeue();
                if (!seen.Add(type)) continue;
                JsonTypeInfo? info = context.GetTypeInfo(type);
                if (info == null) continue;
                if (info.ElementType != null) queue.Enqueue(info.ElementType);
                if (info.Kind != JsonTypeInfoKind.Object) continue;
                foreach (JsonPropertyInfo p in info.Properties)
                {
                    if (p.Set == null) continue;
                    if (Scalar(p.PropertyType) != null) yield return (context, info, p);
                    else queue.Enqueue(p.PropertyType);
                }
            }
        }
    }

    private static bool IsList(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(List<>) || type.GetGenericTypeDefinition() == typeof(ItemList<>));

    /// <summary>The date, id, number or boolean type a property holds (itself, as Nullable, or as a list's item).</summary>
    internal static Type? Scalar(Type type)
    {
        if (IsList(type)) type = type.GetGenericArguments()[0];
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) || type == typeof(TimeSpan)
            || type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(double) || type == typeof(float)
            || type == typeof(decimal) || type == typeof(bool) ? type : null;
    }

    [Fact]
    public void Every_reading_context_registers_the_tolerant_converters()
    {
        var contexts = Contexts().ToList();
        Assert.True(contexts.Count >= 20, $"Only {contexts.Count} contexts found.");
        var missing = contexts.Where(c => !c.Options.Converters.Any(x => x is TolerantConverters)).Select(c => c.GetType().Name).ToList();
        Assert.True(missing.Count == 0, "Contexts without TolerantConverters in [JsonSourceGenerationOptions(Converters = ...)]: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_typed_property_parses_the_odd_forms_or_stays_empty_without_failing()
    {
        var kinds = TypedProperties().Select(t => t.Property.PropertyType).Distinct().ToList();
        foreach (Type kind in new[] { typeof(DateTimeOffset), typeof(DateTimeOffset?), typeof(Guid), typeof(Guid?), typeof(long),
                     typeof(long?), typeof(int), typeof(double), typeof(double?), typeof(bool), typeof(bool?), typeof(ItemList<Guid>), typeof(ItemList<int>) })
            Assert.Contains(kind, kinds);

        var failures = new List<string>();
        int checkedValues = 0;
        foreach (var (context, owner, property) in TypedProperties())
        {
            Type scalar = Scalar(property.PropertyType)!;
            bool list = IsList(property.PropertyType);
            foreach (var (json, expected) in Forms(scalar == typeof(int) ? typeof(long) : scalar))
            {
                string where = $"{owner.Type.Name}.{property.Name} ({property.PropertyType.Name}) <- {json}";
                string body = list ? $"{{\"{property.Name}\":[{json}]}}" : $"{{\"{property.Name}\":{json}}}";
                try
                {
                    object? model = JsonSerializer.Deserialize(body, owner);
                    object? value = property.Get!(model!);
                    if (list)
                    {
                        var items = ((System.Collections.IList)value!).Cast<object?>().ToList();
                        value = Assert.Single(items);
                    }
                    Type declared = list ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
                    object? want = expected == Empty ? (declared.IsValueType && Nullable.GetUnderlyingType(declared) == null ? Activator.CreateInstance(declared) : null)
                        : Convert(expected, scalar);
                    if (!Same(want, value)) failures.Add($"{where}: got {Show(value)}, expected {Show(want)}");
                    checkedValues++;
                }
                catch (Exception ex)
                {
                    failures.Add($"{where}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} odd values failed or were misread:\n" + string.Join("\n", failures.Take(60)));
        Assert.True(checkedValues > 1000, $"Only {checkedValues} values were checked.");
    }

    private static object Convert(object expected, Type scalar) =>
        scalar == typeof(int) ? (object)System.Convert.ToInt32(expected, CultureInfo.InvariantCulture) : expected;

    private static bool Same(object? want, object? got) =>
        want is DateTimeOffset w && got is DateTimeOffset g ? w == g : Equals(want, got);

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    [Fact]
    public void A_page_with_one_malformed_date_still_returns_every_item()
    {
        const string json = """
            {"items":[
              {"name":"A","value":"xxxx0001","created-at":"#joda/inst 2023-04-14T21:20:14+0000"},
              {"name":"B","value":"xxxx0002","created-at":"last tuesday"},
              {"name":"C","value":"xxxx0003","created-at":"2023-04-14T21:20:14.000Z"}],
             "next_page_token":null}
            """;
        var page = JsonSerializer.Deserialize(json, ProjectJson.Default.PagedResponseEnvironmentVariable)!;
        Assert.Equal(new[] { "A", "B", "C" }, page.Items.Select(v => v.Name));
        Assert.Equal(Instant, page.Items[0].CreatedAt);
        Assert.Null(page.Items[1].CreatedAt);
        Assert.Equal(Instant, page.Items[2].CreatedAt);
    }

    [Fact]
    public void A_page_of_pipelines_with_a_malformed_required_date_and_id_still_returns_every_item()
    {
        const string json = """
            {"items":[
              {"id":"5034460f-c7c4-4c43-9457-de07e2029e7b","number":1,"state":"created","created_at":"2023-04-14T21:20:14+0000","project_slug":"gh/a/b"},
              {"id":"not-a-guid","number":"2","state":"created","created_at":"","project_slug":"gh/a/b"},
              {"id":"5034460f-c7c4-4c43-9457-de07e2029e7b","number":3.5,"state":"created","created_at":null,"project_slug":"gh/a/b"}],
             "next_page_token":"abc"}
            """;
        var page = JsonSerializer.Deserialize(json, PipelineJson.Default.PagedResponsePipeline)!;
        Assert.Equal(3, page.Items.Count);
        Assert.Equal(Instant, page.Items[0].CreatedAt);
        Assert.Equal(2, page.Items[1].Number);
        Assert.Equal("abc", page.NextPageToken);
    }

    [Fact]
    public void The_documents_own_odd_fields_parse()
    {
        // Workflow metrics' project_id has no type in the document; flaky tests' workflow-created-at is a plain string
        // and their job and pipeline numbers have no type either.
        var metrics = JsonSerializer.Deserialize("""
            {"items":[{"name":"build","project_id":"a project","metrics":{"total_runs":"3"}},
                      {"name":"test","project_id":"5034460f-c7c4-4c43-9457-de07e2029e7b","metrics":{"total_runs":1}}],"next_page_token":null}
            """, InsightsJson.Default.PagedResponseWorkflowMetric)!;
        Assert.Equal(2, metrics.Items.Count);
        Assert.Null(metrics.Items[0].ProjectId);
        Assert.Equal(3, metrics.Items[0].TotalRuns);
        Assert.Equal(Id, metrics.Items[1].ProjectId);

        var flaky = JsonSerializer.Deserialize("""
            {"flaky-tests":[{"workflow-created-at":"#joda/inst 2023-04-14T21:20:14+0000","workflow-id":"wf-1","job-number":"12","pipeline-number":null,
                             "time-wasted":"90","test-name":"t","job-name":"j","workflow-name":"w","times-flaked":2},
                            {"workflow-created-at":"yesterday","workflow-id":null,"job-number":{},"test-name":"u","job-name":"j","workflow-name":"w","times-flaked":"1"}],
             "total-flaky-tests":"2"}
            """, InsightsJson.Default.FlakyTestReport)!;
        Assert.Equal(2, flaky.FlakyTests.Count);
        Assert.Equal(Instant, flaky.FlakyTests[0].WorkflowCreatedAt);
        Assert.Null(flaky.FlakyTests[0].WorkflowId);
        Assert.Equal(12L, flaky.FlakyTests[0].JobNumber);
        Assert.Null(flaky.FlakyTests[0].PipelineNumber);
        Assert.Equal(90L, flaky.FlakyTests[0].TimeWastedSeconds);
        Assert.Null(flaky.FlakyTests[1].WorkflowCreatedAt);
        Assert.Null(flaky.FlakyTests[1].JobNumber);
        Assert.Equal(2.0, flaky.TotalFlakyTests);
    }

    [Fact]
    public void Unknown_fields_and_text_sent_as_numbers_never_fail()
    {
        var user = JsonSerializer.Deserialize("""
            {"id":"5034460f-c7c4-4c43-9457-de07e2029e7b","login":42,"name":true,"avatar_url":{"x":1},"new_field":{"deep":[1,{"a":null}]},"another":[]}
            """, UserJson.Default.User)!;
        Assert.Equal(Id, user.Id);
        Assert.Equal("42", user.Login);
        Assert.Equal("true", user.Name);
        Assert.Null(user.AvatarUrl);
    }

    [Fact]
    public void Writing_stays_strict_and_culture_invariant()
    {
        CultureInfo culture = CultureInfo.CurrentCulture, ui = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string name in new[] { "th-TH", "fi-FI", "ar-SA" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                var schedule = new Schedule
                {
                    Id = Id, Name = "n", ProjectSlug = "gh/a/b", CreatedAt = Instant, UpdatedAt = Instant.ToOffset(TimeSpan.FromHours(2)),
                    Timetable = new ScheduleTimetable { PerHour = 2, HoursOfDay = new ItemList<int> { 1, 13 } },
                };
                string json = JsonSerializer.Serialize(schedule, ScheduleJson.Default.Schedule);
                Assert.Contains("\"id\":\"5034460f-c7c4-4c43-9457-de07e2029e7b\"", json);
                Assert.Contains("\"created-at\":\"2023-04-14T21:20:14+00:00\"", json);
                Assert.Contains("\"updated-at\":\"2023-04-14T23:20:14+02:00\"", json);
                Assert.Contains("\"per-hour\":2,\"hours-of-day\":[1,13]", json);
                var metric = new InsightMetrics { TotalRuns = 1234567, SuccessRate = 0.5, Throughput = 1234.75 };
                string m = JsonSerializer.Serialize(new WorkflowSummary { Metrics = metric }, InsightsJson.Default.WorkflowSummary);
                Assert.Contains("\"total_runs\":1234567", m);
                Assert.Contains("\"success_rate\":0.5", m);
                Assert.Contains("\"throughput\":1234.75", m);
                var settings = JsonSerializer.Serialize(new ProjectSettings { Advanced = new ProjectAdvancedSettings { Oss = true } }, ProjectJson.Default.ProjectSettings);
                Assert.Contains("\"oss\":true", settings);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
