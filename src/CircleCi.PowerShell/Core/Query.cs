using System;
using System.Text;

namespace CircleCi.PowerShell.Core
{
    /// <summary>Builds relative API paths: escapes path segments and query values, keeps project slugs' '/' as they are.</summary>
    public static class Query
    {
        public static string Append(string uri, string name, string? value)
        {
            if (value == null) return uri;
            var sb = new StringBuilder(uri);
            sb.Append(uri.IndexOf('?') >= 0 ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            return sb.ToString();
        }

        public static string Append(string uri, string name, bool? value) =>
            value == null ? uri : Append(uri, name, value.Value ? "true" : "false");

        /// <summary>Escapes one path segment (a name, an id); never use it on a project slug.</summary>
        public static string Segment(string value) => Uri.EscapeDataString(value);
    }
}
