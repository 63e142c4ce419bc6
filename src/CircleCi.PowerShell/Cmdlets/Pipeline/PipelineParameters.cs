using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Turns a -Parameters hashtable into the parameters object the request bodies carry, keeping booleans, numbers
    /// and strings as such, and checks CircleCI's documented limits before anything is sent (100 entries, keys up to
    /// 128 characters, values up to 512, no nested values).
    /// </summary>
    internal static class PipelineParameters
    {
        public static Dictionary<string, JsonElement> From(IDictionary parameters, out string? error)
        {
            error = null;
            var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (parameters.Count > 100)
            {
                error = $"CircleCI takes at most 100 pipeline parameters; {parameters.Count} were given.";
                return values;
            }
            foreach (DictionaryEntry entry in parameters)
            {
                string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                if (key.Length == 0 || key.Length > 128)
                {
                    error = $"Pipeline parameter names must be 1 to 128 characters long: '{key}'.";
                    return values;
                }
                object? value = entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
                JsonElement? element = value switch
                {
                    bool b => PipelineParameterValue.Of(b),
                    SwitchParameter sw => PipelineParameterValue.Of(sw.IsPresent),
                    int i => PipelineParameterValue.Of(i),
                    long l => PipelineParameterValue.Of(l),
                    short s => PipelineParameterValue.Of(s),
                    byte by => PipelineParameterValue.Of(by),
                    double d when d == Math.Floor(d) && Math.Abs(d) < 9e15 => PipelineParameterValue.Of((long)d),
                    decimal m when m == decimal.Floor(m) && Math.Abs(m) < 9e15m => PipelineParameterValue.Of((long)m),
                    string text => PipelineParameterValue.Of(text),
                    _ => null,
                };
                if (element == null)
                {
                    string type = value?.GetType().Name ?? "null";
                    error = $"Pipeline parameter '{key}' is a {type}; CircleCI takes strings, whole numbers and booleans only.";
                    return values;
                }
                if (value is string str && str.Length > 512)
                {
                    error = $"Pipeline parameter '{key}' is {str.Length} characters long; CircleCI takes at most 512.";
                    return values;
                }
                values[key] = element.Value;
            }
            return values;
        }
    }
}
