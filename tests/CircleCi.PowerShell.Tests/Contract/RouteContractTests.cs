using System.Text.Json;
using System.Text.RegularExpressions;
using CircleCi.PowerShell.Api;
using Xunit;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// The client layer's routes are the module's whole wire surface: each must be an operation of CircleCI's documents
/// with the same method, path and path parameters, named after its operationId, and none may be an API v1.1 write
/// (CircleCI removes those on 2027-02-01, API-NOTES.md §6).
/// </summary>
public class RouteContractTests
{
    private static string SrcRoot => Path.Combine(TestPaths.RepoRoot, "src", "CircleCi.PowerShell");

    private static OpenApiDocument? Load(string file) =>
        TestPaths.SharedCircleCi == null ? null : OpenApiDocument.Load(Path.Combine(TestPaths.SharedCircleCi, file));

    [Fact]
    public void Routes_are_declared()
    {
        Assert.True(ApiRoutes.All.Count >= 100, $"only {ApiRoutes.All.Count} routes were found by reflection");
    }

    [Fact]
    public void No_route_is_an_API_v1_1_write()
    {
        var writes = ApiRoutes.All.Where(r => r.Version == ApiVersion.V1_1 && r.Method != HttpMethod.Get).Select(r => r.ToString()).ToList();
        Assert.True(writes.Count == 0, "API v1.1 writes are removed by CircleCI on 2027-02-01: " + string.Join(", ", writes));
    }

    [SkippableFact]
    public void Every_route_is_an_operation_of_the_document_with_the_same_method_path_and_parameters()
    {
        OpenApiDocument? v2 = Load("openapi-v2.json"), v1 = Load("openapi-v1.1.json");
        Skip.If(v2 == null || v1 == null, "../shared/circleci is not present: routes not checked.");
        var problems = new List<string>();
        foreach (ApiRoute route in ApiRoutes.All)
        {
            OpenApiDocument doc = route.Version == ApiVersion.V2 ? v2! : v1!;
            var op = doc.Operations().FirstOrDefault(o => o.Id == route.OperationId);
            if (op == null)
            {
                problems.Add($"{route}: no such operationId in the {route.Version} document");
                continue;
            }
            if (op.Method != route.Method.Method) problems.Add($"{route}: the document says {op.Method}");
            if (op.Path != route.Template) problems.Add($"{route}: the document's path is {op.Path}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Each_route_field_is_named_after_its_operationId()
    {
        var fields = typeof(ApiRoute).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
            .Where(f => f.FieldType == typeof(ApiRoute))
            .Select(f => (f.Name, Route: (ApiRoute)f.GetValue(null)!))
            .ToList();
        var wrong = fields.Where(f => f.Name != (f.Route.Version == ApiVersion.V1_1 ? "V1" : "") + char.ToUpperInvariant(f.Route.OperationId[0]) + f.Route.OperationId.Substring(1))
            .Select(f => $"{f.Name} holds {f.Route.Name}").ToList();
        Assert.True(wrong.Count == 0, string.Join(", ", wrong));
        var twice = fields.GroupBy(f => f.Route.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "declared twice: " + string.Join(", ", twice));
    }

    /// <summary>An operationId appears as a string literal once in the module's source: in its route.</summary>
    [Fact]
    public void Every_operationId_is_written_once_in_the_source()
    {
        string[] files = Directory.GetFiles(SrcRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToArray();
        var text = files.ToDictionary(f => f, File.ReadAllText);
        var problems = new List<string>();
        foreach (ApiRoute route in ApiRoutes.All)
        {
            string literal = "\"" + route.OperationId + "\"";
            var places = text.Where(kv => kv.Value.Contains(literal))
                .SelectMany(kv => Enumerable.Repeat(Path.GetRelativePath(SrcRoot, kv.Key), Regex.Matches(kv.Value, Regex.Escape(literal)).Count)).ToList();
            // v2 and v1.1 share some operationIds (getJobDetails): one literal a route.
            int routes = ApiRoutes.All.Count(r => r.OperationId == route.OperationId);
            if (places.Count != routes || places.Any(p => !p.StartsWith("Api" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                problems.Add($"{route.Name}: {places.Count} places ({string.Join(", ", places)})");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Request bodies are typed records serialised by source-generated contexts, never hand-built JSON nodes.</summary>
    [Fact]
    public void No_cmdlet_builds_JSON_nodes()
    {
        var offenders = Directory.GetFiles(Path.Combine(SrcRoot, "Cmdlets"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\b(JsonObject|JsonArray|JsonNode|JsonValue)\b"))
            .Select(f => Path.GetRelativePath(SrcRoot, f)).ToList();
        Assert.True(offenders.Count == 0, "JSON nodes in cmdlets: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Path_values_that_are_not_one_segment_fail_before_sending()
    {
        foreach (string bad in new[] { "", " ", ".", "..", "a\nb", "a\0b", "a/b", "../../x", "a%2Fb", "%2f" })
        {
            var ex = Assert.Throws<CircleCi.PowerShell.Core.CircleApiException>(() => PipelineApi.GetPipelineById.Path(bad));
            Assert.Equal("CircleApi.InvalidPathValue", ex.ErrorId);
        }
        Assert.Equal("pipeline/a%20b%25", PipelineApi.GetPipelineById.Path("a b%").Relative);
    }

    [Fact]
    public void Query_values_are_culture_invariant()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (string culture in new[] { "th-TH", "ar-SA", "fi-FI" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
                ApiPath path = PipelineApi.ListPipelinesForProject.Path("gh/acme/api")
                    .Query("start", new DateTimeOffset(2026, 8, 30, 15, 4, 5, TimeSpan.FromHours(2))).Query("n", 1234567L);
                Assert.Equal("project/gh/acme/api/pipeline?start=2026-08-30T13%3A04%3A05Z&n=1234567", path.Relative);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
