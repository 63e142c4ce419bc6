using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json.Nodes;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>
    /// Turns the -Metadata hashtable of Test-CirclePolicyDecision into the free-form JSON object policies read as
    /// data.meta: nested hashtables and arrays, strings, numbers, booleans and times (as ISO 8601 text).
    /// </summary>
    internal static class PolicyMetadata
    {
        public static JsonNode? ToJson(object? value, string where, out string? error)
        {
            error = null;
            value = value is PSObject ps ? ps.BaseObject : value;
            switch (value)
            {
                case null: return null;
                case string s: return JsonValue.Create(s);
                case bool b: return JsonValue.Create(b);
                case SwitchParameter sw: return JsonValue.Create(sw.IsPresent);
                case int or long or short or byte or uint: return JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                case double or float or decimal: return JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                case DateTime dt: return JsonValue.Create(dt.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
                case DateTimeOffset dto: return JsonValue.Create(dto.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
                case Guid g: return JsonValue.Create(g.ToString());
                case IDictionary map:
                    var obj = new JsonObject();
                    foreach (DictionaryEntry entry in map)
                    {
                        string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                        JsonNode? node = ToJson(entry.Value, where + "." + key, out error);
                        if (error != null) return null;
                        obj[key] = node;
                    }
                    return obj;
                case IEnumerable items:
                    var array = new JsonArray();
                    foreach (object? item in items)
                    {
                        JsonNode? node = ToJson(item, where + "[]", out error);
                        if (error != null) return null;
                        array.Add(node);
                    }
                    return array;
                default:
                    error = $"{where} is a {value.GetType().Name}; metadata takes strings, numbers, booleans, times, hashtables and arrays.";
                    return null;
            }
        }
    }
}
