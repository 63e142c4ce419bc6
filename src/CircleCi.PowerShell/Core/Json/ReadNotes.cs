using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace CircleCi.PowerShell.Core.Json
{
    /// <summary>
    /// What <see cref="TolerantConverters"/> left empty while one answer was read, by field, for a -Debug note per field
    /// ("listEnvVars: field 'created-at' value 'soon' is not a date; left empty"). One instance per answer, made current
    /// for the reading's async flow only (an AsyncLocal, so concurrent requests and runspaces never see each other's):
    /// nothing is kept once the answer is read.
    /// </summary>
    internal sealed class ReadNotes
    {
        private const int MaxValueChars = 80;
        private static readonly AsyncLocal<ReadNotes?> CurrentNotes = new AsyncLocal<ReadNotes?>();
        private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Named =
            new ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions>();

        // Values a converter left empty whose field is not known yet: the property's setter claims them right after.
        private readonly List<(string Raw, string Expected)> _pending = new List<(string, string)>();
        private readonly List<Field> _fields = new List<Field>();

        /// <summary>A field's first value left empty, and how many were.</summary>
        private sealed class Field
        {
            public string Name = string.Empty;
            public string Raw = string.Empty;
            public string Expected = string.Empty;
            public int Count = 1;
        }

        /// <summary>Called by a converter that left a value empty.</summary>
        internal static void Unfit(string raw, string expected) => CurrentNotes.Value?._pending.Add((raw, expected));

        /// <summary>
        /// Reads <paramref name="stream"/> like JsonSerializer.DeserializeAsync and, when <paramref name="log"/> shows
        /// debug output, writes one note per field whose values were left empty, with <paramref name="operation"/>.
        /// <paramref name="redact"/> cleans a value before it is shown.
        /// </summary>
        internal static async Task<T?> DeserializeAsync<T>(Stream stream, JsonTypeInfo<T> typeInfo, ICircleLog log, string operation,
            Func<string, string> redact, CancellationToken cancellationToken = default)
        {
            if (!log.IsDebugEnabled) return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            var notes = new ReadNotes();
            ReadNotes? outer = CurrentNotes.Value;
            CurrentNotes.Value = notes;
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, WithFieldNames(typeInfo), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                CurrentNotes.Value = outer;
                notes.Claim("(value)"); // read outside any property (a top-level value)
                foreach (string message in notes.Messages(operation, redact)) log.Debug(message);
            }
        }

        internal IEnumerable<string> Messages(string operation, Func<string, string> redact)
        {
            foreach (Field f in _fields)
            {
                string value = redact(f.Raw);
                if (value.Length > MaxValueChars) value = value.Substring(0, MaxValueChars) + "...";
                string more = f.Count == 1 ? string.Empty
                    : string.Format(CultureInfo.InvariantCulture, " ({0} values of this field in this answer)", f.Count);
                yield return $"{operation}: field '{f.Name}' value '{value}' is not {f.Expected}; left empty{more}";
            }
        }

        private void Claim(string field)
        {
            if (_pending.Count == 0) return;
            foreach (var (raw, expected) in _pending)
            {
                Field? known = _fields.Find(f => f.Name == field);
                if (known == null) _fields.Add(new Field { Name = field, Raw = raw, Expected = expected });
                else known.Count++;
            }
            _pending.Clear();
        }

        /// <summary>
        /// The same metadata with each property's setter claiming the values left empty while its value was read, so a
        /// note names the field as the answer spells it. Built once per context, only for reads whose notes are shown.
        /// </summary>
        internal static JsonTypeInfo<T> WithFieldNames<T>(JsonTypeInfo<T> typeInfo)
        {
            if (typeInfo.Options.TypeInfoResolver == null) return typeInfo;
            JsonSerializerOptions named = Named.GetValue(typeInfo.Options,
                o => new JsonSerializerOptions(o) { TypeInfoResolver = o.TypeInfoResolver!.WithAddedModifier(NameFields) });
            return (JsonTypeInfo<T>)named.GetTypeInfo(typeof(T));
        }

        private static void NameFields(JsonTypeInfo typeInfo)
        {
            if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
            foreach (JsonPropertyInfo property in typeInfo.Properties)
            {
                Action<object, object?>? set = property.Set;
                if (set == null) continue;
                string name = property.Name;
                property.Set = (target, value) =>
                {
                    set(target, value);
                    CurrentNotes.Value?.Claim(name);
                };
            }
        }
    }
}
