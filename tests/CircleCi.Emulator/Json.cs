using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.Emulator;

/// <summary>Serializer settings shared by every API area, and the error-body helpers.</summary>
public static class Json
{
    /// <summary>
    /// CircleCI's wire format: snake_case names; a null field is left out, as the OpenAPI document has most optional
    /// fields non-nullable. The fields it requires and allows to be null (next_page_token, stopped_at, ...) carry
    /// [JsonIgnore(Condition = Never)] (<see cref="Page{T}"/> for pages); the contract check finds any that do not.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable bodies; still valid JSON
        Converters = { new UtcDateTimeConverter() },
    };

    /// <summary>Control API (/_emulator): camelCase, case-insensitive.</summary>
    public static readonly JsonSerializerOptions Control = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Ok(object value) => Results.Json(value, Options);

    /// <summary>
    /// For a field the document requires and allows to be null, in an anonymous body (which cannot carry
    /// [JsonIgnore(Condition = Never)]): the value, or a JSON null that <see cref="Options"/> still writes.
    /// </summary>
    public static object OrNull(object? value) => value ?? NullElement;

    private static readonly JsonElement NullElement = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>A page {"items": [...], "next_page_token": token|null} (the token is required and nullable).</summary>
    public static IResult Page<T>(IEnumerable<T> items, string? nextPageToken) => Ok(new PageBody<T>(items.ToList(), nextPageToken));

    /// <summary>A page that also counts every item (groups).</summary>
    public static IResult Page<T>(IEnumerable<T> items, string? nextPageToken, int totalCount) =>
        Ok(new CountedPageBody<T>(items.ToList(), nextPageToken, totalCount));

    private sealed record PageBody<T>(List<T> Items, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextPageToken);

    private sealed record CountedPageBody<T>(List<T> Items, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextPageToken, int TotalCount);

    public static IResult Ok(object value, int status) => Results.Json(value, Options, statusCode: status);

    /// <summary>CircleCI's error body: {"message": "..."}.</summary>
    public static IResult Error(int status, string message) =>
        Results.Json(new { message }, Options, statusCode: status);

    public static Task WriteErrorAsync(HttpContext ctx, int status, string message)
    {
        ctx.Response.StatusCode = status;
        return ctx.Response.WriteAsJsonAsync(new { message }, Options);
    }

    /// <summary>Times as CircleCI prints them: 2026-11-01T00:10:00.000Z.</summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
