using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CircleCi.PowerShell.Core.Json
{
    /// <summary>
    /// Tolerant reading, strict writing, for every model context (each lists this one factory in its
    /// [JsonSourceGenerationOptions(Converters = ...)]). A value that does not fit its property never fails the item
    /// or the listing: what can be parsed is (numbers and booleans written as strings, dates written
    /// "#joda/inst 2023-04-14T21:20:14+0000" or with a "+0000" offset, Guids without dashes, text sent as a number),
    /// anything else leaves the property empty (null, or the type's default where the document promises a value) and
    /// is reported once per field under -Debug (<see cref="ReadNotes"/>). Writing is what System.Text.Json writes by
    /// default: ISO 8601 dates, "D" Guids, invariant numbers.
    /// Nullable properties need no converter of their own: System.Text.Json wraps these for T? and reads null itself.
    /// </summary>
    public sealed class TolerantConverters : JsonConverterFactory
    {
        private delegate bool TryRead<T>(ref Utf8JsonReader reader, out T value);

        private static readonly Dictionary<Type, JsonConverter> Converters = new Dictionary<Type, JsonConverter>();

        static TolerantConverters()
        {
            Add<DateTimeOffset>(ReadDate, (w, v) => w.WriteStringValue(v));
            Add<Guid>(ReadGuid, (w, v) => w.WriteStringValue(v));
            Add<long>(ReadInt64, (w, v) => w.WriteNumberValue(v));
            Add<int>(ReadInt32, (w, v) => w.WriteNumberValue(v));
            Add<double>(ReadDouble, (w, v) => w.WriteNumberValue(v));
            Add<bool>(ReadBoolean, (w, v) => w.WriteBooleanValue(v));
            Converters.Add(typeof(string), new StringConverter());
        }

        private static void Add<T>(TryRead<T> read, Action<Utf8JsonWriter, T> write) where T : struct
        {
            Converters.Add(typeof(T), new Value<T>(read, write));
            Converters.Add(typeof(T?), new Optional<T>(read, write));
        }

        public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            Converters.TryGetValue(typeToConvert, out JsonConverter? converter) ? converter : null;

        /// <summary>A value the document promises: one that does not fit leaves the type's default.</summary>
        private sealed class Value<T> : JsonConverter<T> where T : struct
        {
            private readonly TryRead<T> _read;
            private readonly Action<Utf8JsonWriter, T> _write;

            public Value(TryRead<T> read, Action<Utf8JsonWriter, T> write)
            {
                _read = read;
                _write = write;
            }

            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                _read(ref reader, out T value) ? value : default;

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);
        }

        /// <summary>A nullable value: null is read as null, one that does not fit leaves null.</summary>
        private sealed class Optional<T> : JsonConverter<T?> where T : struct
        {
            private readonly TryRead<T> _read;
            private readonly Action<Utf8JsonWriter, T> _write;

            public Optional(TryRead<T> read, Action<Utf8JsonWriter, T> write)
            {
                _read = read;
                _write = write;
            }

            public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                _read(ref reader, out T value) ? value : (T?)null;

            public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
            {
                if (value.HasValue) _write(writer, value.Value);
                else writer.WriteNullValue();
            }
        }

        /// <summary>
        /// The value as sent, for the -Debug note: a string's text, a number's digits, true/false/null, and for an object
        /// or array a short placeholder (skipped, so reading goes on after it).
        /// </summary>
        internal static string Raw(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String: return reader.GetString() ?? string.Empty;
                case JsonTokenType.Number: return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
                case JsonTokenType.True: return "true";
                case JsonTokenType.False: return "false";
                case JsonTokenType.Null: return "null";
                case JsonTokenType.StartObject: reader.Skip(); return "{...}";
                case JsonTokenType.StartArray: reader.Skip(); return "[...]";
                default: return reader.TokenType.ToString();
            }
        }

        private static bool Unfit<T>(string raw, string expected, out T value)
        {
            ReadNotes.Unfit(raw, expected);
            value = default!;
            return false;
        }

        private static bool ReadDate(ref Utf8JsonReader reader, out DateTimeOffset value)
        {
            if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out value)) return true;
            string raw = Raw(ref reader);
            return reader.TokenType == JsonTokenType.String && TryParseDate(raw, out value) || Unfit(raw, "a date", out value);
        }

        internal static bool TryParseDate(string raw, out DateTimeOffset value)
        {
            value = default;
            string text = raw.Trim();
            Match tagged = Patterns.TaggedDate().Match(text);
            if (tagged.Success) text = tagged.Groups[1].Value.Trim();
            Match iso = Patterns.IsoDate().Match(text);
            if (!iso.Success) return false;
            string zone = iso.Groups["zone"].Value;
            zone = zone.Length == 0 || zone == "Z" || zone == "z" || zone == "UTC" ? "Z"
                : zone.Length == 3 ? zone + ":00"
                : zone.Length == 5 ? zone.Substring(0, 3) + ":" + zone.Substring(3)
                : zone;
            string time = iso.Groups["time"].Success ? iso.Groups["time"].Value.Replace(',', '.') : "00:00";
            if (time.Length > 16) time = time.Substring(0, 16); // hh:mm:ss.fffffff: .NET keeps 7 fraction digits
            return DateTimeOffset.TryParse(iso.Groups["date"].Value + "T" + time + zone, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        private static bool ReadGuid(ref Utf8JsonReader reader, out Guid value)
        {
            if (reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out value)) return true;
            string raw = Raw(ref reader);
            return reader.TokenType == JsonTokenType.String && Guid.TryParse(raw.Trim(), out value) || Unfit(raw, "an id (Guid)", out value);
        }

        private static bool ReadInt64(ref Utf8JsonReader reader, out long value)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value)) return true;
            string raw = Raw(ref reader);
            return TryWhole(reader.TokenType, raw, long.MinValue, long.MaxValue, out value) || Unfit(raw, "a whole number", out value);
        }

        private static bool ReadInt32(ref Utf8JsonReader reader, out int value)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value)) return true;
            string raw = Raw(ref reader);
            bool whole = TryWhole(reader.TokenType, raw, int.MinValue, int.MaxValue, out long parsed);
            value = (int)parsed;
            return whole || Unfit(raw, "a whole number", out value);
        }

        /// <summary>A whole number from "42", 42.0, "4.2e1" or " 42 "; not from 4.5 (nothing is rounded away) or out of range.</summary>
        private static bool TryWhole(JsonTokenType token, string raw, long min, long max, out long value)
        {
            value = 0;
            if (token != JsonTokenType.Number && token != JsonTokenType.String) return false;
            string text = raw.Trim();
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return value >= min && value <= max;
            if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) || d != decimal.Truncate(d) || d < min || d > max)
                return false;
            value = (long)d;
            return true;
        }

        private static bool ReadDouble(ref Utf8JsonReader reader, out double value)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value)) return true;
            string raw = Raw(ref reader);
            return reader.TokenType == JsonTokenType.String && double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                || Unfit(raw, "a number", out value);
        }

        private static bool ReadBoolean(ref Utf8JsonReader reader, out bool value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True: value = true; return true;
                case JsonTokenType.False: value = false; return true;
            }
            string raw = Raw(ref reader);
            if (reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.Number)
            {
                switch (raw.Trim().ToLowerInvariant())
                {
                    case "true": case "1": value = true; return true;
                    case "false": case "0": value = false; return true;
                }
            }
            return Unfit(raw, "true or false", out value);
        }

        /// <summary>Text sent as a number or boolean keeps its JSON spelling; an object or array leaves the text empty.</summary>
        private sealed class StringConverter : JsonConverter<string>
        {
            public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                if (reader.TokenType == JsonTokenType.String) return reader.GetString();
                string raw = Raw(ref reader);
                if (reader.TokenType == JsonTokenType.Number || reader.TokenType == JsonTokenType.True || reader.TokenType == JsonTokenType.False) return raw;
                Unfit(raw, "text", out string? empty);
                return empty;
            }

            public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

            public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                reader.GetString() ?? string.Empty;

            public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
                writer.WritePropertyName(value);
        }
    }
}
