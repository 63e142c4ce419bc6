using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Models
{
    /// <summary>
    /// A free-form JSON object (pipeline parameters, schedule parameters) as a case-insensitive Hashtable whose string
    /// form is its JSON, so an exported column holds the data rather than the type name.
    /// </summary>
    public sealed class JsonTable : Hashtable
    {
        public JsonTable() : base(StringComparer.OrdinalIgnoreCase) { }

        public override string ToString()
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream)) HashtableConverter.WriteValue(writer, this);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    /// <summary>A name-to-text map (policy name to hash) whose string form lists its pairs, for the same reason.</summary>
    public sealed class ItemMap : Dictionary<string, string>
    {
        public override string ToString() => string.Join("; ", this.Select(pair => pair.Key + "=" + pair.Value));
    }
}
