using System.Collections;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CircleCi.PowerShell.Cmdlets;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// For every operation a cmdlet declares with [CircleApiOperation], the model the answer is read into must have a
/// property for every property the OpenAPI document gives that answer, recursively. A model that lacks a field
/// fails here before a user misses it.
/// </summary>
public class ModelContractTests
{
    private static readonly Assembly ModuleAssembly = typeof(CircleApiCmdlet).Assembly;

    public static IEnumerable<(Type Cmdlet, CircleApiOperationAttribute Operation)> DeclaredOperations() =>
        ModuleAssembly.GetTypes()
            .Where(t => typeof(Cmdlet).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<CircleApiOperationAttribute>().Select(a => (t, a)));

    [SkippableFact]
    public void Every_declared_operation_exists_in_the_document()
    {
        Skip.If(TestPaths.SharedCircleCi == null, "../shared/circleci is not present: contract not checked.");
        var doc = OpenApiDocument.Load(Path.Combine(TestPaths.SharedCircleCi!, "openapi-v2.json"));
        var ids = doc.Operations().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = DeclaredOperations().Where(d => !d.Operation.OperationId.StartsWith("v1.1:") && !ids.Contains(d.Operation.OperationId))
            .Select(d => $"{d.Cmdlet.Name}: {d.Operation.OperationId}").ToList();
        Assert.True(unknown.Count == 0, "Operations not in openapi-v2.json: " + string.Join(", ", unknown));
        Assert.NotEmpty(DeclaredOperations());
    }

    [SkippableFact]
    public void Models_have_every_property_the_document_gives()
    {
        Skip.If(TestPaths.SharedCircleCi == null, "../shared/circleci is not present: contract not checked.");
        var doc = OpenApiDocument.Load(Path.Combine(TestPaths.SharedCircleCi!, "openapi-v2.json"));
        var operations = doc.Operations().ToDictionary(o => o.Id, StringComparer.Ordinal);
        var missing = new List<string>();
        int checkedModels = 0;
        foreach (var (cmdlet, declared) in DeclaredOperations())
        {
            if (!operations.TryGetValue(declared.OperationId, out var op)) continue;
            JsonElement? schema = doc.SuccessSchema(op);
            if (schema == null) continue;
            Type? model = declared.Model ?? SingleOutputType(cmdlet);
            if (model == null)
            {
                missing.Add($"{cmdlet.Name} ({declared.OperationId}): no single [OutputType]; set Model on [CircleApiOperation].");
                continue;
            }
            JsonElement itemSchema = Unwrap(doc, schema.Value);
            Compare(doc, itemSchema, model, declared.OperationId, missing, depth: 0);
            checkedModels++;
        }
        Assert.True(missing.Count == 0, "Model properties missing against openapi-v2.json:\n" + string.Join("\n", missing));
        Assert.True(checkedModels > 0, "No model was checked.");
    }

    internal static Type? SingleOutputType(Type cmdlet)
    {
        var types = cmdlet.GetCustomAttributes<OutputTypeAttribute>().SelectMany(a => a.Type).Select(t => t.Type).Where(t => t != null).Distinct().ToList();
        return types.Count == 1 ? types[0] : null;
    }

    /// <summary>A page {items, next_page_token} or an array is compared through its item schema.</summary>
    internal static JsonElement Unwrap(OpenApiDocument doc, JsonElement schema)
    {
        schema = doc.Resolve(schema);
        var props = doc.Properties(schema);
        if (props.ContainsKey("items") && props.ContainsKey("next_page_token") && props["items"].TryGetProperty("items", out JsonElement item))
            return doc.Resolve(item);
        if (schema.TryGetProperty("type", out JsonElement type) && type.GetString() == "array" && schema.TryGetProperty("items", out JsonElement arrayItem))
            return doc.Resolve(arrayItem);
        return schema;
    }

    private static void Compare(OpenApiDocument doc, JsonElement schema, Type model, string where, List<string> missing, int depth)
    {
        if (depth > 6) return;
        var jsonNames = JsonProperties(model);
        foreach (var (name, propSchema) in doc.Properties(schema))
        {
            if (!jsonNames.TryGetValue(name, out PropertyInfo? property))
            {
                missing.Add($"{where}: {model.Name} lacks '{name}'");
                continue;
            }
            Type target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (target.IsGenericType && (target.GetGenericTypeDefinition() == typeof(List<>) || target.GetGenericTypeDefinition() == typeof(ItemList<>)))
                target = target.GetGenericArguments()[0];
            if (IsLeaf(target)) continue;
            JsonElement nested = doc.Resolve(propSchema);
            if (nested.TryGetProperty("items", out JsonElement items)) nested = doc.Resolve(items);
            if (doc.Properties(nested).Count > 0) Compare(doc, nested, target, $"{where}.{name}", missing, depth + 1);
        }
    }

    private static bool IsLeaf(Type t) =>
        t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateTimeOffset) || t == typeof(decimal)
        || t == typeof(TimeSpan) || typeof(IDictionary).IsAssignableFrom(t) || t == typeof(object) || t.IsArray;

    internal static Dictionary<string, PropertyInfo> JsonProperties(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() == null && p.CanWrite
                && (p.GetMethod!.IsPublic || p.GetCustomAttribute<JsonIncludeAttribute>() != null))
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), StringComparer.Ordinal);
}
