using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>
    /// Makes -Debug output safe to paste into an issue: secret headers, secret JSON fields and the session's own
    /// token are replaced by a marker. Works on copies; the live request is never changed.
    /// </summary>
    public static class Redactor
    {
        public const string Marker = "***redacted***";

        private static readonly HashSet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Circle-Token", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Amz-Security-Token",
        };

        public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

        public static string Headers(HttpHeaders headers, HttpContentHeaders? contentHeaders, string? token)
        {
            var sb = new StringBuilder();
            foreach (var header in headers) Append(sb, header.Key, header.Value);
            if (contentHeaders != null) foreach (var header in contentHeaders) Append(sb, header.Key, header.Value);
            return Text(sb.ToString(), token);
        }

        private static void Append(StringBuilder sb, string name, IEnumerable<string> values)
        {
            sb.Append("  ").Append(name).Append(": ");
            sb.Append(IsSecretHeader(name) ? Marker : string.Join(", ", values));
            sb.Append('\n');
        }

        /// <summary>Redacts secret JSON fields, secret query parameters and any literal occurrence of the token.</summary>
        public static string Text(string text, string? token) => Text(text, token, null);

        /// <summary>
        /// Also redacts every literal occurrence of the request's declared <paramref name="secrets"/>, as written and
        /// as JSON-escaped (a body carries "a\"b" for a"b), longest first so a secret inside another leaves no part.
        /// </summary>
        public static string Text(string text, string? token, IReadOnlyList<string>? secrets)
        {
            if (string.IsNullOrEmpty(text)) return text;
            string result = text;
            if (secrets != null)
            {
                var forms = new List<string>();
                foreach (string secret in secrets)
                {
                    if (string.IsNullOrEmpty(secret)) continue;
                    forms.Add(secret);
                    foreach (string escaped in JsonEscaped(secret))
                        if (!forms.Contains(escaped)) forms.Add(escaped);
                }
                forms.Sort((a, b) => b.Length.CompareTo(a.Length));
                foreach (string form in forms) result = result.Replace(form, Marker);
            }
            result = Patterns.SecretJsonField().Replace(result, "$1\"" + Marker + "\"");
            result = Patterns.SecretQuery().Replace(result, "$1" + Marker);
            if (!string.IsNullOrEmpty(token)) result = result.Replace(token, Marker);
            return result;
        }

        private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>
        /// The secret as it appears inside a JSON string (without the quotes): as our request bodies escape it
        /// (\u0022 for a quote) and as servers commonly echo it back (\" for a quote, non-ASCII as is).
        /// </summary>
        private static IEnumerable<string> JsonEscaped(string secret)
        {
            var value = System.Text.Json.Nodes.JsonValue.Create(secret);
            foreach (string quoted in new[] { value.ToJsonString(), value.ToJsonString(Relaxed) })
                yield return quoted.Substring(1, quoted.Length - 2);
        }

        /// <summary>A URL for -Verbose: path only, no query string (it may carry signatures).</summary>
        public static string PathOnly(Uri uri) => uri.IsAbsoluteUri ? uri.GetLeftPart(UriPartial.Path) : uri.ToString();
    }
}
