using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.Emulator;

/// <summary>Serializer settings shared by every API area, and the error-body helpers.</summary>
public static class Json
{
    /// <summary>CircleCI's wire format: snake_case names, nulls written out (CircleCI sends them).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
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
