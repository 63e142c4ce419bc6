using System.Text.Json;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>Reads ../shared/circleci/openapi-v2.json: operations by id and schemas with $ref and allOf resolved.</summary>
internal sealed class OpenApiDocument
{
    private readonly JsonElement _root;

    private OpenApiDocument(JsonElement root) => _root = root;

    public static OpenApiDocument Load(string path) => new(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement);

    public sealed record Operation(string Id, string Method, string Path, JsonElement Element);

    public IEnumerable<Operation> Operations()
    {
        foreach (JsonProperty path in _root.GetProperty("paths").EnumerateObject())
            foreach (JsonProperty method in path.Value.EnumerateObject())
                if (method.Value.ValueKind == JsonValueKind.Object && method.Value.TryGetProperty("operationId", out JsonElement id))
                    yield return new Operation(id.GetString()!, method.Name.ToUpperInvariant(), path.Name, method.Value);
    }

    /// <summary>The JSON schema of the first 2xx answer, or null when it has no JSON body.</summary>
    public JsonElement? SuccessSchema(Operation op)
    {
        foreach (JsonProperty response in op.Element.GetProperty("responses").EnumerateObject())
        {
            if (!response.Name.StartsWith('2')) continue;
            JsonElement r = Resolve(response.Value);
            if (r.TryGetProperty("content", out JsonElement content) && content.TryGetProperty("application/json", out JsonElement json)
                && json.TryGetProperty("schema", out JsonElement schema))
                return Resolve(schema);
        }
        return null;
    }

    public JsonElement Resolve(JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out JsonElement reference))
        {
            JsonElement target = _root;
            foreach (string part in reference.GetString()!.TrimStart('#', '/').Split('/')) target = target.GetProperty(part);
            element = target;
        }
        return element;
    }

    /// <summary>Every property of an object schema, merging allOf branches.</summary>
    public Dictionary<string, JsonElement> Properties(JsonElement schema)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        schema = Resolve(schema);
        if (schema.TryGetProperty("properties", out JsonElement props))
            foreach (JsonProperty p in props.EnumerateObject()) result[p.Name] = Resolve(p.Value);
        if (schema.TryGetProperty("allOf", out JsonElement allOf))
            foreach (JsonElement branch in allOf.EnumerateArray())
                foreach (var kv in Properties(branch)) result[kv.Key] = kv.Value;
        return result;
    }
}
