using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CircleCi.Emulator.Contract;

/// <summary>
/// The one list of workarounds for defects in CircleCI's OpenAPI documents: openapi-defects.json beside this file
/// (embedded in the emulator). Each entry gives its reason and a JSON Patch (RFC 6902: test, add, replace, remove);
/// the patches are applied to an in-memory copy of the document before anything validates against it or mocks it.
/// A failing "test" step means CircleCI changed that part of the document: the entry must be looked at again.
/// Nothing else may special-case the document.
/// </summary>
public static class OpenApiDefects
{
    public sealed record Defect(string Document, string Reason, JsonArray Patch);

    private const string ResourceName = "CircleCi.Emulator.Contract.openapi-defects.json";

    /// <summary>Every entry of the list, for every document.</summary>
    public static IReadOnlyList<Defect> All { get; } = Load();

    /// <summary>The document at <paramref name="path"/>, parsed, with its entries of the list applied.</summary>
    public static JsonObject LoadPatched(string path)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(path))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        Apply(document, Path.GetFileName(path));
        return document;
    }

    /// <summary>Applies the entries for <paramref name="documentName"/> (e.g. "openapi-v2.json") in place.</summary>
    public static void Apply(JsonObject document, string documentName)
    {
        foreach (var defect in All.Where(d => string.Equals(d.Document, documentName, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var step in defect.Patch)
            {
                try
                {
                    ApplyStep(document, step!.AsObject());
                }
                catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or ArgumentException)
                {
                    throw new InvalidDataException(
                        $"openapi-defects.json, {documentName} entry '{defect.Reason}': {step?.ToJsonString()} does not apply ({e.Message}). " +
                        "The document changed here: check whether the defect is gone and remove or update the entry.", e);
                }
            }
        }
    }

    private static IReadOnlyList<Defect> Load()
    {
        using var stream = typeof(OpenApiDefects).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var root = JsonNode.Parse(stream)!.AsObject();
        var list = new List<Defect>();
        foreach (var (name, entries) in root)
        {
            if (name.StartsWith('$')) continue; // $comment
            foreach (var entry in entries!.AsArray())
            {
                var reason = (string?)entry!["reason"];
                if (string.IsNullOrWhiteSpace(reason)) throw new InvalidDataException($"openapi-defects.json: an entry for {name} has no reason.");
                list.Add(new Defect(name, reason, entry["patch"]?.AsArray() ?? throw new InvalidDataException($"openapi-defects.json: '{reason}' has no patch.")));
            }
        }
        return list;
    }

    private static void ApplyStep(JsonObject document, JsonObject step)
    {
        string op = (string?)step["op"] ?? throw new ArgumentException("no op");
        string path = (string?)step["path"] ?? throw new ArgumentException("no path");
        var (parent, key) = Locate(document, path);
        JsonNode? value = step["value"]?.DeepClone();
        switch (op)
        {
            case "test":
                var current = Get(parent, key);
                if (!JsonNode.DeepEquals(current, value))
                    throw new InvalidOperationException($"{path} is {current?.ToJsonString() ?? "missing"}, expected {value?.ToJsonString()}");
                break;
            case "add":
                if (parent is JsonArray addTo)
                {
                    if (key == "-") addTo.Add(value);
                    else addTo.Insert(int.Parse(key), value);
                }
                else parent.AsObject()[key] = value;
                break;
            case "replace":
                _ = Get(parent, key);
                if (parent is JsonArray replaceIn) replaceIn[int.Parse(key)] = value;
                else parent.AsObject()[key] = value;
                break;
            case "remove":
                _ = Get(parent, key);
                if (parent is JsonArray removeFrom) removeFrom.RemoveAt(int.Parse(key));
                else parent.AsObject().Remove(key);
                break;
            default:
                throw new ArgumentException($"unsupported op '{op}'");
        }
    }

    private static JsonNode? Get(JsonNode parent, string key) => parent switch
    {
        JsonArray a when int.TryParse(key, out int i) && i >= 0 && i < a.Count => a[i],
        JsonObject o when o.TryGetPropertyValue(key, out JsonNode? v) => v,
        _ => throw new KeyNotFoundException($"'{key}' not found"),
    };

    /// <summary>The parent node and last reference token of a JSON Pointer (RFC 6901).</summary>
    private static (JsonNode Parent, string Key) Locate(JsonNode root, string pointer)
    {
        if (!pointer.StartsWith('/')) throw new ArgumentException($"'{pointer}' is not a JSON Pointer");
        string[] tokens = pointer[1..].Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")).ToArray();
        JsonNode node = root;
        foreach (string token in tokens[..^1])
            node = Get(node, token) ?? throw new KeyNotFoundException($"'{token}' is null");
        return (node, tokens[^1]);
    }

    /// <summary>JSON Pointer escaping of one reference token ("/project/{project-slug}" → "~1project~1{project-slug}").</summary>
    public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
