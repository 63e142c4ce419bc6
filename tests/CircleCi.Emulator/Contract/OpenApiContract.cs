using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace CircleCi.Emulator.Contract;

/// <summary>A request as the validator sees it: the path after the API prefix (e.g. "/me"), the query, the body.</summary>
public sealed record ContractRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query,
    string? ContentType = null, byte[]? Body = null);

/// <summary>What checking a request found: the operation it is (null when none matches) and the violations.</summary>
public sealed record RequestCheck(ContractOperation? Operation, IReadOnlyList<string> Errors);

/// <summary>One operation of the document, ready to check requests and answers.</summary>
public sealed class ContractOperation
{
    internal ContractOperation(string method, string template, string? id, Regex pattern, int literals) =>
        (Method, Template, OperationId, Pattern, Literals) = (method, template, id, pattern, literals);

    public string Method { get; }
    public string Template { get; }
    public string? OperationId { get; }
    internal Regex Pattern { get; }
    internal int Literals { get; }
    internal List<(string Name, string In, bool Required, Lazy<JsonSchema>? Schema, JsonNode? Raw)> Parameters { get; } = new();
    internal (bool Required, Lazy<JsonSchema>? Schema)? Body { get; set; }
    /// <summary>Status ("200", "2XX", "default") → the JSON schema of the answer, or null when it has no JSON body.</summary>
    internal Dictionary<string, Lazy<JsonSchema>?> Responses { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Name => OperationId ?? $"{Method} {Template}";
    public override string ToString() => $"{Name} ({Method} {Template})";
}

/// <summary>
/// CircleCI's OpenAPI 3.0 document (after <see cref="OpenApiDefects"/>) as a validator of requests and answers.
/// Matching a request to an operation and reading parameters is done here; every schema check is JsonSchema.Net's,
/// on the document's schemas translated by <see cref="OpenApiSchemaConverter"/>. Thread-safe once built.
/// </summary>
public sealed class OpenApiContract
{
    /// <summary>The fast pass: valid or not, no annotations. Only a failure is evaluated again for its messages.</summary>
    private static readonly EvaluationOptions Flag = FlagOptions();
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
    private static int _instances;

    private static EvaluationOptions FlagOptions()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
        options.IgnoreAllAnnotations();
        return options;
    }

    private readonly List<ContractOperation> _operations = new();
    private readonly JsonObject _document;
    private readonly string _baseUri;
    private readonly BuildOptions _build;

    /// <summary>The document's file name, e.g. "openapi-v2.json".</summary>
    public string DocumentName { get; }
    public IReadOnlyList<ContractOperation> Operations => _operations;

    private OpenApiContract(JsonObject document, string documentName)
    {
        _document = document;
        DocumentName = documentName;
        // A base URI per instance: tests build several contracts in one process.
        _baseUri = $"urn:circleci-emulator:contract:{Interlocked.Increment(ref _instances)}:{documentName}";
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var definitions = OpenApiSchemaConverter.Definitions(document, _baseUri);
        JsonSchema.Build(ToElement(definitions), _build);
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || method is "parameters" or "summary" or "description" or "servers") continue;
                _operations.Add(Prepare(method.ToUpperInvariant(), template, item.AsObject(), op));
            }
        }
    }

    /// <summary>Reads the document at <paramref name="path"/> and applies the defect list.</summary>
    public static OpenApiContract Load(string path) => new(OpenApiDefects.LoadPatched(path), Path.GetFileName(path));

    /// <summary>Builds from a document already in memory (its defects are the caller's business: tests use this).</summary>
    public static OpenApiContract FromDocument(JsonObject document, string documentName) => new(document, documentName);

    /// <summary>
    /// Builds every schema now rather than at its first use (which a first request would wait for: timing-sensitive
    /// tests notice). Safe while requests are being checked.
    /// </summary>
    public void BuildAll()
    {
        foreach (var op in _operations)
        {
            foreach (var p in op.Parameters) _ = p.Schema?.Value;
            _ = op.Body?.Schema?.Value;
            foreach (var r in op.Responses.Values) _ = r?.Value;
        }
    }

    /// <summary>The operation for this method and path, and the path parameters' values; null when none matches.</summary>
    public (ContractOperation Operation, Dictionary<string, string> PathValues)? Match(string method, string path)
    {
        path = path.Replace("%2F", "/").Replace("%2f", "/");
        (ContractOperation Operation, Dictionary<string, string> PathValues)? best = null;
        foreach (var op in _operations)
        {
            if (!string.Equals(op.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
            var m = op.Pattern.Match(path);
            if (!m.Success) continue;
            if (best is { } b && b.Operation.Literals >= op.Literals) continue;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in op.Pattern.GetGroupNames().Where(g => !char.IsDigit(g[0])))
                values[ParamName(group)] = m.Groups[group].Value;
            best = (op, values);
        }
        return best;
    }

    public RequestCheck CheckRequest(ContractRequest request)
    {
        var match = Match(request.Method, request.Path);
        if (match is not { } found)
            return new RequestCheck(null, new[] { $"no operation of {DocumentName} is {request.Method} {request.Path}" });
        var (op, pathValues) = found;
        var errors = new List<string>();
        foreach (var p in op.Parameters)
        {
            switch (p.In)
            {
                case "path":
                    if (pathValues.TryGetValue(p.Name, out string? value)) Check(p.Schema, Coerce(new[] { value }, p.Raw), $"path parameter {p.Name}", errors);
                    break;
                case "query":
                    var values = request.Query.Where(q => q.Key == p.Name).Select(q => q.Value).ToArray();
                    if (values.Length == 0)
                    {
                        if (p.Required) errors.Add($"query parameter {p.Name} is required");
                        continue;
                    }
                    Check(p.Schema, Coerce(values, p.Raw), $"query parameter {p.Name}", errors);
                    break;
            }
        }
        bool hasBody = request.Body is { Length: > 0 };
        if (op.Body is { } body)
        {
            if (!hasBody)
            {
                if (body.Required) errors.Add("the request body is required");
            }
            else if (!IsJson(request.ContentType))
                errors.Add($"request Content-Type is '{request.ContentType}', the document expects application/json");
            else if (Parse(request.Body!, "request body", errors) is { } json)
                Check(body.Schema, json, "request body", errors);
        }
        return new RequestCheck(op, errors);
    }

    /// <summary>Violations of an answer to <paramref name="op"/>: an undocumented status, or a body its schema refuses.</summary>
    public IReadOnlyList<string> CheckResponse(ContractOperation op, int status, string? contentType, ReadOnlySpan<byte> body)
    {
        string code = status.ToString(CultureInfo.InvariantCulture);
        if (!op.Responses.TryGetValue(code, out Lazy<JsonSchema>? schema)
            && !op.Responses.TryGetValue(code[0] + "XX", out schema)
            && !op.Responses.TryGetValue("default", out schema))
            return new[] { $"status {status} is not documented for {op.Name} (documented: {string.Join(", ", op.Responses.Keys)})" };
        if (schema is null) return Array.Empty<string>();
        var errors = new List<string>();
        if (body.IsEmpty) errors.Add($"the {status} answer has no body; the document gives it a JSON schema");
        else if (!IsJson(contentType)) errors.Add($"the {status} answer's Content-Type is '{contentType}', the document expects application/json");
        else if (Parse(body.ToArray(), $"{status} answer", errors) is { } json) Check(schema, json, $"{status} answer", errors);
        return errors;
    }

    private ContractOperation Prepare(string method, string template, JsonObject pathItem, JsonObject op)
    {
        var (pattern, literals) = Pattern(template);
        var operation = new ContractOperation(method, template, (string?)op["operationId"], pattern, literals);

        var parameters = new Dictionary<(string, string), JsonObject>();
        foreach (var source in new[] { pathItem["parameters"], op["parameters"] })
            foreach (var p in source?.AsArray() ?? new JsonArray())
            {
                var parameter = ResolveObject(p!);
                parameters[((string)parameter["name"]!, (string)parameter["in"]!)] = parameter;
            }
        foreach (var ((name, where), p) in parameters)
        {
            var raw = p["schema"] is { } s ? OpenApiSchemaConverter.Convert(s, _baseUri) : null;
            operation.Parameters.Add((name, where, where == "path" || (bool?)p["required"] == true, raw is null ? null : Build(raw), raw));
        }

        if (op["requestBody"] is { } requestBody)
        {
            var body = ResolveObject(requestBody);
            operation.Body = ((bool?)body["required"] == true, JsonSchemaOf(body));
        }
        foreach (var (status, response) in op["responses"]?.AsObject() ?? new JsonObject())
            operation.Responses[status] = JsonSchemaOf(ResolveObject(response!));
        return operation;
    }

    private Lazy<JsonSchema>? JsonSchemaOf(JsonObject bodyOrResponse)
    {
        if (bodyOrResponse["content"] is not JsonObject content) return null;
        var media = content.FirstOrDefault(c => IsJson(c.Key)).Value;
        return media?["schema"] is { } schema ? Build(OpenApiSchemaConverter.Convert(schema, _baseUri)) : null;
    }

    /// <summary>Built on first use: a run touches a fraction of the document's operations.</summary>
    private Lazy<JsonSchema> Build(JsonNode schema) => new(() =>
    {
        var root = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
        foreach (var (key, value) in schema.AsObject()) root[key] = value?.DeepClone();
        lock (_build) // the registry is shared by every schema of this document
            return JsonSchema.Build(ToElement(root), _build, new Uri($"{_baseUri}:schema:{Guid.NewGuid():N}"));
    });

    /// <summary>A $ref to #/components/responses|parameters|requestBodies/X, followed.</summary>
    private JsonObject ResolveObject(JsonNode node)
    {
        for (int hops = 0; node is JsonObject o && o["$ref"] is JsonValue r; hops++)
        {
            if (hops > 10) throw new InvalidDataException($"$ref loop at {r}");
            JsonNode? target = _document;
            foreach (string part in ((string)r!).TrimStart('#', '/').Split('/'))
                target = target?[part.Replace("~1", "/").Replace("~0", "~")];
            node = target ?? throw new InvalidDataException($"{DocumentName}: $ref {r} does not resolve");
        }
        return node.AsObject();
    }

    /// <summary>
    /// The template as a regex. A parameter whose name holds "slug" spans one or more segments ("gh/acme/api",
    /// "circleci/&lt;org&gt;/&lt;project&gt;": CircleCI's paths carry slugs unescaped); any other spans one.
    /// When several operations match, the one with the most literal segments wins (as "pipeline/mine" beats
    /// "pipeline/{pipeline-number}").
    /// </summary>
    private static (Regex, int) Pattern(string template)
    {
        var regex = new StringBuilder("^");
        int literals = 0;
        foreach (string segment in template.Trim('/').Split('/'))
        {
            regex.Append('/');
            var m = Regex.Match(segment, @"^\{(?<name>[^}]+)\}$");
            if (!m.Success)
            {
                regex.Append(Regex.Escape(segment));
                literals++;
                continue;
            }
            string name = m.Groups["name"].Value;
            string span = name.Contains("slug", StringComparison.OrdinalIgnoreCase) ? "[^/]+(?:/[^/]+)*?" : "[^/]+";
            regex.Append($"(?<{GroupName(name)}>{span})");
        }
        regex.Append("/?$");
        return (new Regex(regex.ToString(), RegexOptions.CultureInvariant), literals);
    }

    private static string GroupName(string parameter) =>
        "p_" + string.Concat(parameter.Select(c => char.IsLetterOrDigit(c) ? c.ToString() : $"_{(int)c:x2}_"));

    private static string ParamName(string group) =>
        Regex.Replace(group[2..], "_([0-9a-f]{2})_", m => ((char)System.Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    /// <summary>A parameter's text as the JSON value its schema describes (integers, numbers, booleans, arrays).</summary>
    private static JsonNode? Coerce(string[] values, JsonNode? schema)
    {
        string? type = TypeOf(schema);
        if (type == "array")
            return new JsonArray(values.SelectMany(v => v.Split(',')).Select(v => Coerce(new[] { v }, schema?["items"])).ToArray());
        string value = values[^1];
        return type switch
        {
            "integer" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) => JsonValue.Create(l),
            "number" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => JsonValue.Create(d),
            "boolean" when value is "true" or "false" => JsonValue.Create(value == "true"),
            _ => JsonValue.Create(value),
        };
    }

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue v => (string?)v,
        JsonArray a => a.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        _ => null,
    };

    private static void Check(Lazy<JsonSchema>? schema, JsonNode? instance, string what, List<string> errors) =>
        Check(schema, ToElement(instance), what, errors);

    private static void Check(Lazy<JsonSchema>? lazy, JsonElement element, string what, List<string> errors)
    {
        if (lazy?.Value is not { } schema) return;
        if (schema.Evaluate(element, Flag).IsValid) return;
        var messages = new List<string>();
        Collect(schema.Evaluate(element, Detailed), messages);
        messages = messages.Distinct().ToList();
        if (messages.Count == 0) messages.Add("does not match its schema");
        const int shown = 6;
        errors.Add($"{what}: " + string.Join("; ", messages.Take(shown)) + (messages.Count > shown ? $"; and {messages.Count - shown} more" : ""));
    }

    /// <summary>The errors of failed nodes, descending only into failed nodes: the branches of an anyOf that passed
    /// carry errors too, and are not the reason.</summary>
    private static void Collect(EvaluationResults node, List<string> messages)
    {
        if (node.IsValid) return;
        if (node.Errors is { Count: > 0 })
            foreach (var (keyword, message) in node.Errors)
                messages.Add($"{Location(node.InstanceLocation.ToString())}: {message} ({keyword} at {node.EvaluationPath})");
        foreach (var child in node.Details ?? (IEnumerable<EvaluationResults>)Array.Empty<EvaluationResults>()) Collect(child, messages);
    }

    private static string Location(string pointer) => pointer.Length == 0 ? "(root)" : pointer;

    private static JsonElement? Parse(byte[] body, string what, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            errors.Add($"{what} is not JSON: {e.Message}");
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                                    || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static JsonElement ToElement(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }
}
