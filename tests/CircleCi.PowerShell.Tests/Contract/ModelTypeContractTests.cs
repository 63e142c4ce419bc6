using System.Collections;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;
using Xunit.Abstractions;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// Every typed model property (date, Guid, number, bool) against the document's schema for its field: the .NET type
/// follows the schema's type and format, and where the document leaves the type or format open (CircleCI then sends
/// what it likes) or says the field may be null, the property is nullable, so the tolerant converters can leave it
/// empty instead of failing the item.
/// </summary>
public class ModelTypeContractTests
{
    private readonly ITestOutputHelper _output;

    public ModelTypeContractTests(ITestOutputHelper output) => _output = output;

    private sealed record Field(string Where, Type Model, PropertyInfo Property, JsonElement Schema, bool Required);

    [SkippableFact]
    public void Typed_model_properties_follow_the_document()
    {
        Skip.If(TestPaths.SharedCircleCi == null, "../shared/circleci is not present: contract not checked.");
        var doc = OpenApiDocument.Load(Path.Combine(TestPaths.SharedCircleCi!, "openapi-v2.json"));
        var fields = TypedFields(doc);
        var problems = new List<string>();
        foreach (Field f in fields)
        {
            string? problem = Judge(f);
            if (problem != null) problems.Add($"{f.Where}: {f.Model.Name}.{f.Property.Name} {TypeName(f.Property.PropertyType)} <- {Describe(f)}: {problem}");
        }
        _output.WriteLine($"{fields.Count} typed fields compared, {problems.Count} do not follow the document.");
        Assert.True(fields.Count > 50, $"Only {fields.Count} typed fields were compared.");
        Assert.True(problems.Count == 0, "Typed model properties that do not follow openapi-v2.json:\n" + string.Join("\n", problems.Distinct()));
    }

    private static string? Judge(Field f)
    {
        Type declared = f.Property.PropertyType;
        bool nullable = Nullable.GetUnderlyingType(declared) != null;
        Type t = Nullable.GetUnderlyingType(declared) ?? declared;
        if (IsList(t, out Type? element)) { t = Nullable.GetUnderlyingType(element!) ?? element!; nullable = true; }
        string? type = Str(f.Schema, "type");
        string? format = Str(f.Schema, "format");
        bool schemaNullable = Bool(f.Schema, "x-nullable") || Bool(f.Schema, "nullable");
        if (f.Schema.TryGetProperty("items", out JsonElement items) && type == "array")
        {
            type = Str(items, "type");
            format = Str(items, "format");
        }

        string? expected = t == typeof(DateTimeOffset) || t == typeof(DateTime) ? "string/date-time"
            : t == typeof(Guid) ? "string/uuid"
            : t == typeof(bool) ? "boolean"
            : t == typeof(double) || t == typeof(float) || t == typeof(decimal) ? "number"
            : "integer";
        string wantType = expected.Split('/')[0];
        if (type != null && !(type == wantType || (wantType == "number" && type == "integer")))
            return $"the document says {type}{(format == null ? "" : "/" + format)}, the model {expected}";
        if (type != null && expected.Contains('/') && format != null && !expected.EndsWith("/" + format)
            && !(expected == "string/date-time" && format == "date"))
            return $"the document's format is {format}, the model reads {expected}";
        bool open = type == null || (expected.Contains('/') && format == null);
        if (open && !nullable) return "the document gives no " + (type == null ? "type" : "format") + ": the property must be nullable";
        if (schemaNullable && !nullable) return "the document says it may be null: the property must be nullable";
        return null;
    }

    private static List<Field> TypedFields(OpenApiDocument doc)
    {
        var operations = doc.Operations().ToDictionary(o => o.Id, StringComparer.Ordinal);
        var fields = new List<Field>();
        foreach (var (cmdlet, declared) in ModelContractTests.DeclaredOperations())
        {
            if (!operations.TryGetValue(declared.OperationId, out var op)) continue;
            JsonElement? schema = doc.SuccessSchema(op);
            if (schema == null) continue;
            Type? model = declared.Model ?? ModelContractTests.SingleOutputType(cmdlet);
            if (model == null) continue;
            Walk(doc, ModelContractTests.Unwrap(doc, schema.Value), model, declared.OperationId, fields, 0);
        }
        return fields;
    }

    private static void Walk(OpenApiDocument doc, JsonElement schema, Type model, string where, List<Field> fields, int depth)
    {
        if (depth > 6) return;
        var required = RequiredNames(doc, schema);
        var jsonNames = ModelContractTests.JsonProperties(model);
        foreach (var (name, propSchema) in AllProperties(doc, schema))
        {
            if (!jsonNames.TryGetValue(name, out PropertyInfo? property)) continue;
            Type target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsList(target, out Type? element)) target = Nullable.GetUnderlyingType(element!) ?? element!;
            if (IsTyped(target))
            {
                fields.Add(new Field($"{where}.{name}", model, property, propSchema, required.Contains(name)));
                continue;
            }
            if (target == typeof(string) || typeof(IDictionary).IsAssignableFrom(target) || target == typeof(object)) continue;
            JsonElement nested = doc.Resolve(propSchema);
            if (nested.TryGetProperty("items", out JsonElement items)) nested = doc.Resolve(items);
            if (AllProperties(doc, nested).Count > 0) Walk(doc, nested, target, $"{where}.{name}", fields, depth + 1);
        }
    }

    /// <summary>The properties of an object schema including those of its anyOf/oneOf branches (a schedule's timetable).</summary>
    private static Dictionary<string, JsonElement> AllProperties(OpenApiDocument doc, JsonElement schema)
    {
        var result = doc.Properties(schema);
        schema = doc.Resolve(schema);
        foreach (string combinator in new[] { "anyOf", "oneOf" })
            if (schema.TryGetProperty(combinator, out JsonElement branches))
                foreach (JsonElement branch in branches.EnumerateArray())
                    foreach (var kv in AllProperties(doc, branch)) result.TryAdd(kv.Key, kv.Value);
        return result;
    }

    private static HashSet<string> RequiredNames(OpenApiDocument doc, JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        schema = doc.Resolve(schema);
        if (schema.TryGetProperty("required", out JsonElement req) && req.ValueKind == JsonValueKind.Array)
            foreach (JsonElement n in req.EnumerateArray()) names.Add(n.GetString()!);
        if (schema.TryGetProperty("allOf", out JsonElement allOf))
            foreach (JsonElement branch in allOf.EnumerateArray()) names.UnionWith(RequiredNames(doc, branch));
        return names;
    }

    internal static bool IsTyped(Type t) =>
        t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(Guid) || t == typeof(TimeSpan) || t == typeof(bool)
        || t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(double) || t == typeof(float) || t == typeof(decimal);

    private static bool IsList(Type t, out Type? element)
    {
        element = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : null;
        return element != null;
    }

    private static string Describe(Field f)
    {
        string s = (Str(f.Schema, "type") ?? "(no type)") + (Str(f.Schema, "format") is string fm ? "/" + fm : "");
        if (Str(f.Schema, "type") == "array" && f.Schema.TryGetProperty("items", out JsonElement items))
            s += " of " + (Str(items, "type") ?? "(no type)") + (Str(items, "format") is string ifm ? "/" + ifm : "");
        if (Bool(f.Schema, "x-nullable") || Bool(f.Schema, "nullable")) s += ", nullable";
        if (!f.Required) s += ", optional";
        return s;
    }

    private static string TypeName(Type t) => Nullable.GetUnderlyingType(t) is Type u ? u.Name + "?"
        : t.IsGenericType ? t.Name.Split('`')[0] + "<" + TypeName(t.GetGenericArguments()[0]) + ">" : t.Name;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.True;
}
