using System.Text.Json;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Request helpers shared by the CI-loop endpoints: JSON bodies, ids, write permission.</summary>
public static class CiHttp
{
    public const string BadBody = "Unexpected request body provided.";
    public const string PermissionDenied = "Permission denied.";

    /// <summary>The body as a JSON object; an empty body is an empty object; anything else is null (answer 400).</summary>
    public static async Task<JsonElement?> ReadObjectAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var text = await reader.ReadToEndAsync(ctx.RequestAborted);
        if (string.IsNullOrWhiteSpace(text)) text = "{}";
        try
        {
            var root = JsonDocument.Parse(text).RootElement;
            return root.ValueKind == JsonValueKind.Object ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool Bool(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    /// <summary>
    /// Pipeline parameters as typed values (string, long, double, bool). False when the value is not an object of
    /// such scalars, which CircleCI refuses.
    /// </summary>
    public static bool TryParameters(JsonElement body, out Dictionary<string, object?>? parameters)
    {
        parameters = null;
        if (!body.TryGetProperty("parameters", out var p) || p.ValueKind == JsonValueKind.Null) return true;
        if (p.ValueKind != JsonValueKind.Object) return false;
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var prop in p.EnumerateObject())
        {
            object? value = prop.Value.ValueKind switch
            {
                JsonValueKind.String => prop.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number => prop.Value.TryGetInt64(out var l) ? l : prop.Value.GetDouble(),
                _ => null,
            };
            if (value is null) return false;
            parameters[prop.Name] = value;
        }
        return true;
    }

    /// <summary>Read-only members (rex) may look but not trigger, cancel, approve or rerun.</summary>
    public static bool CanWrite(HttpContext ctx) => Auth.User(ctx) is not { IsAdmin: false };

    public static Guid? UserId(HttpContext ctx) => Auth.User(ctx)?.Id;

    public static IResult Error(CiError error) => Json.Error(error.Status, error.Message);

    public static IResult Accepted() => Json.Ok(new { message = "Accepted." }, 202);
}
