using System.Text.Json.Nodes;

namespace CircleCi.Emulator.Contract;

/// <summary>
/// Turns an OpenAPI 3.0 Schema Object into JSON Schema (draft 2020-12) for JsonSchema.Net. Only the dialect is
/// translated, never the document's content (its defects are fixed in openapi-defects.json):
/// <list type="bullet">
/// <item><c>nullable: true</c> (and go-swagger's <c>x-nullable: true</c>, the same statement in the vendor spelling
///   this document uses 105 times) adds "null" to <c>type</c> (and to <c>enum</c>), or allows null beside a <c>$ref</c>;</item>
/// <item>siblings of <c>$ref</c> are dropped (OpenAPI 3.0 ignores them; 2020-12 would apply them);</item>
/// <item><c>$ref</c>s to <c>#/components/schemas/X</c> point at <c>{base}#/$defs/X</c>;</item>
/// <item>boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> (draft 4 style) become numbers;</item>
/// <item>OpenAPI's data-type formats (int32, int64, float, double, byte, binary, password, and this document's
///   "integer") are dropped: they are not JSON Schema formats; date-time, uuid, uri, email and the like are kept
///   and asserted;</item>
/// <item>OpenAPI-only keywords (example, discriminator, xml, externalDocs, x-*) and annotations (description, title,
///   default, deprecated, readOnly, writeOnly) are dropped: JsonSchema.Net refuses unknown keywords, and annotations
///   validate nothing.</item>
/// </list>
/// </summary>
public static class OpenApiSchemaConverter
{
    private static readonly HashSet<string> DroppedFormats = new(StringComparer.Ordinal)
    {
        "int32", "int64", "float", "double", "byte", "binary", "password", "integer",
    };

    private static readonly HashSet<string> DroppedKeywords = new(StringComparer.Ordinal)
    {
        "nullable", "example", "discriminator", "xml", "externalDocs", "deprecated", "readOnly", "writeOnly",
        // Annotations: they validate nothing and cost time to collect.
        "description", "title", "default", "examples",
    };

    /// <summary>Schema keywords whose value is one schema.</summary>
    private static readonly HashSet<string> SchemaValued = new(StringComparer.Ordinal) { "items", "not", "additionalProperties" };

    /// <summary>Schema keywords whose value is an array of schemas.</summary>
    private static readonly HashSet<string> SchemaArrays = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf" };

    /// <param name="baseUri">The $id under which the document's components/schemas are registered as $defs.</param>
    public static JsonNode Convert(JsonNode? schema, string baseUri)
    {
        if (schema is not JsonObject source) return schema?.DeepClone() ?? new JsonObject();
        bool nullable = source["nullable"] is JsonValue n && n.TryGetValue(out bool b) && b
            || source["x-nullable"] is JsonValue xn && xn.TryGetValue(out bool xb) && xb;

        if (source["$ref"] is JsonValue reference)
        {
            var target = new JsonObject { ["$ref"] = Reference((string)reference!, baseUri) };
            return nullable ? new JsonObject { ["anyOf"] = new JsonArray(target, new JsonObject { ["type"] = "null" }) } : target;
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (DroppedKeywords.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal)) continue;
            switch (key)
            {
                case "format" when value is JsonValue f && DroppedFormats.Contains((string)f!):
                    break;
                case "properties":
                    var properties = new JsonObject();
                    foreach (var (name, property) in value!.AsObject()) properties[name] = Convert(property, baseUri);
                    result[key] = properties;
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum" when value is JsonValue e && e.TryGetValue(out bool exclusive):
                    string bound = key == "exclusiveMinimum" ? "minimum" : "maximum";
                    if (exclusive && source[bound] is { } limit) result[key] = limit.DeepClone();
                    break;
                case "minimum" or "maximum" when source["exclusive" + char.ToUpperInvariant(key[0]) + key[1..]] is JsonValue ex
                                                 && ex.TryGetValue(out bool isExclusive) && isExclusive:
                    break; // moved to exclusiveMinimum/-Maximum above
                default:
                    if (SchemaValued.Contains(key) && value is JsonObject) result[key] = Convert(value, baseUri);
                    else if (SchemaArrays.Contains(key) && value is JsonArray branches)
                        result[key] = new JsonArray(branches.Select(s => Convert(s, baseUri)).ToArray());
                    else result[key] = value?.DeepClone();
                    break;
            }
        }

        if (nullable)
        {
            switch (result["type"])
            {
                case JsonValue type:
                    result["type"] = new JsonArray((string)type!, "null");
                    break;
                case JsonArray types when !types.Any(t => (string?)t == "null"):
                    types.Add("null");
                    break;
                case null:
                    return new JsonObject { ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "null" }) };
            }
            if (result["enum"] is JsonArray values && !values.Any(v => v is null)) values.Add(null);
        }
        return result;
    }

    /// <summary>The definitions document: <c>{"$id": base, "$defs": {every components/schemas entry, converted}}</c>.</summary>
    public static JsonObject Definitions(JsonObject document, string baseUri)
    {
        var defs = new JsonObject();
        if (document["components"]?["schemas"] is JsonObject schemas)
            foreach (var (name, schema) in schemas) defs[name] = Convert(schema, baseUri);
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = baseUri,
            ["$defs"] = defs,
        };
    }

    private static string Reference(string reference, string baseUri)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
            throw new NotSupportedException($"$ref '{reference}': only #/components/schemas/... can be a schema reference.");
        return baseUri + "#/$defs/" + reference[prefix.Length..];
    }
}
