using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Core.Json
{
    /// <summary>
    /// Free-form JSON objects (pipeline parameters, settings) as a case-insensitive Hashtable of plain .NET values
    /// (string, long, double, bool, null, Hashtable, object[]), so scripts never see JsonElement. System.Text.Json has
    /// no Hashtable support in source-generated contexts, hence this small converter.
    /// </summary>
    public sealed class HashtableConverter : JsonConverter<Hashtable>
    {
        public override Hashtable? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            return (Hashtable?)ReadValue(ref reader);
        }

        internal static object? ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var table = new Models.JsonTable();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        string name = reader.GetString() ?? string.Empty;
                        reader.Read();
                        table[name] = ReadValue(ref reader);
                    }
                    return table;
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                    return new Models.ItemList<object?>(list);
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.Number: return reader.TryGetInt64(out long l) ? l : (object)reader.GetDouble();
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Null: return null;
                default: throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, Hashtable value, JsonSerializerOptions options) => WriteValue(writer, value);

        internal static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            if (value is System.Management.Automation.PSObject ps) value = ps.BaseObject;
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string s: writer.WriteStringValue(s); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case int i: writer.WriteNumberValue(i); break;
                case long l: writer.WriteNumberValue(l); break;
                case short sh: writer.WriteNumberValue(sh); break;
                case byte by: writer.WriteNumberValue(by); break;
                case uint ui: writer.WriteNumberValue(ui); break;
                case ulong ul: writer.WriteNumberValue(ul); break;
                case double d: writer.WriteNumberValue(d); break;
                case float f: writer.WriteNumberValue(f); break;
                case decimal m: writer.WriteNumberValue(m); break;
                case System.Management.Automation.SwitchParameter sw: writer.WriteBooleanValue(sw.IsPresent); break;
                case IDictionary dict:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dict)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                        WriteValue(writer, entry.Value);
                    }
                    writer.WriteEndObject();
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (object? item in items) WriteValue(writer, item);
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    /// <summary>The same reading for model properties typed <see cref="Models.JsonTable"/> (what the module writes out).</summary>
    public sealed class JsonTableConverter : JsonConverter<Models.JsonTable>
    {
        public override Models.JsonTable? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : (Models.JsonTable?)HashtableConverter.ReadValue(ref reader);

        public override void Write(Utf8JsonWriter writer, Models.JsonTable value, JsonSerializerOptions options) => HashtableConverter.WriteValue(writer, value);
    }
}
