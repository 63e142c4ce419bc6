using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json.Nodes;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Turns a -Parameters hashtable into the JSON object CircleCI wants, keeping booleans, numbers and strings as
    /// such, and checks CircleCI's documented limits before anything is sent (100 entries, keys up to 128 characters,
    /// values up to 512, no nested values).
    /// </summary>
    internal static class PipelineParameters
    {
        public static JsonObject ToJson(IDictionary parameters, out string? error)
        {
            error = null;
            var json = new JsonObject();
            if (parameters.Count > 100)
            {
                error = $"CircleCI takes at most 100 pipeline parameters; {parameters.Count} were given.";
                return json;
            }
            foreach (DictionaryEntry entry in parameters)
            {
                string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                if (key.Length == 0 || key.Length > 128)
                {
                    error = $"Pipeline parameter names must be 1 to 128 characters long: '{key}'.";
                    return json;
                }
                object? value = entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
                JsonNode? node = value switch
                {
                    bool b => JsonValue.Create(b),
                    SwitchParameter sw => JsonValue.Create(sw.IsPresent),
                    int i => JsonValue.Create(i),
                    long l => JsonValue.Create(l),
                    short s => JsonValue.Create((int)s),
                    byte by => JsonValue.Create((int)by),
                    double d when d == Math.Floor(d) && Math.Abs(d) < 9e15 => JsonValue.Create((long)d),
                    decimal m when m == decimal.Floor(m) => JsonValue.Create((long)m),
                    string text => JsonValue.Create(text),
                    _ => null,
                };
                if (node == null)
                {
                    string type = value?.GetType().Name ?? "null";
                    error = $"Pipeline parameter '{key}' is a {type}; CircleCI takes strings, whole numbers and booleans only.";
                    return json;
                }
                if (value is string str && str.Length > 512)
                {
                    error = $"Pipeline parameter '{key}' is {str.Length} characters long; CircleCI takes at most 512.";
                    return json;
                }
                json[key] = node;
            }
            return json;
        }
    }
}
