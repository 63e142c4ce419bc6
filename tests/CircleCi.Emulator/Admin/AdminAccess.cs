using System.Text.Json;
using System.Text.Json.Nodes;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Admin;

/// <summary>What every administration endpoint shares: the write check and reading a JSON body.</summary>
public static class AdminAccess
{
    public const string PermissionDenied = "Permission denied.";
    public const string InvalidJson = "Invalid JSON body.";

    /// <summary>Rex (read-only member) may read but not change anything: null when the caller may write, else the 403.</summary>
    public static IResult? DenyWrite(HttpContext ctx) =>
        Auth.User(ctx) is { IsAdmin: true } ? null : Json.Error(403, PermissionDenied);

    /// <summary>Like <see cref="DenyWrite(HttpContext)"/>, and also 403 for a locked project.</summary>
    public static IResult? DenyWrite(HttpContext ctx, EmulatorState state, string projectSlug)
    {
        if (DenyWrite(ctx) is { } denied) return denied;
        lock (state.Sync) return state.Admin.LockedProjects.Contains(projectSlug) ? Json.Error(403, PermissionDenied) : null;
    }

    /// <summary>The JSON object body, or null (answer 400 <see cref="InvalidJson"/>).</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext ctx)
    {
        try
        {
            return await JsonNode.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
