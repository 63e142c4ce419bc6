using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text.Json;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>
    /// Turns the -Metadata hashtable of Test-CirclePolicyDecision into the free-form JSON object policies read as
    /// data.meta: nested hashtables and arrays, strings, numbers, booleans and times (as ISO 8601 text). Everything
    /// is written culture-invariantly.
    /// </summary>
    internal static class PolicyMetadata
    {
        /// <summary>The metadata as one JSON value, or null with <paramref name="error"/> naming the first value that is not data.</summary>
        public static JsonElement? ToJson(object? value, string where, out string? error)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                error = Write(writer, value, where);
                if (error != null) return null;
            }
            using JsonDocument document = JsonDocument.Parse(stream.ToArray());
            return document.RootElement.Clone();
        }

        private static string? Write(Utf8JsonWriter writer, object? value, string where)
        {
            value = value is PSObject ps ? ps.BaseObject : value;
            switch (value)
            {
                case null: writer.WriteNullValue(); return null;
                case string s: writer.WriteStringValue(s); return null;
                case bool b: writer.WriteBooleanValue(b); return null;
                case SwitchParameter sw: writer.WriteBooleanValue(sw.IsPresent); return null;
                case int or long or short or byte or uint: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); return null;
                case double or float or decimal:
                    double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsNaN(number) || double.IsInfinity(number)) return $"{where} is {number.ToString(CultureInfo.InvariantCulture)}; JSON has only finite numbers.";
                    writer.WriteNumberValue(number);
                    return null;
                case DateTime dt: writer.WriteStringValue(dt.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)); return null;
                case DateTimeOffset dto: writer.WriteStringValue(dto.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)); return null;
                case Guid g: writer.WriteStringValue(g.ToString("D")); return null;
                case IDictionary map:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in map)
                    {
                        string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                        writer.WritePropertyName(key);
                        string? error = Write(writer, entry.Value, where + "." + key);
                        if (error != null) return error;
                    }
                    writer.WriteEndObject();
                    return null;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (object? item in items)
                    {
                        string? error = Write(writer, item, where + "[]");
                        if (error != null) return error;
                    }
                    writer.WriteEndArray();
                    return null;
                default:
                    return $"{where} is a {value.GetType().Name}; metadata takes strings, numbers, booleans, times, hashtables and arrays.";
            }
        }
    }
}
