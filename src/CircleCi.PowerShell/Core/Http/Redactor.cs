using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

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

        // JSON fields whose values are secrets in CircleCI's API (env var and context values, webhook signing
        // secrets, checkout private keys, tokens).
        private static readonly Regex SecretJsonField = new Regex(
            "(\"(?:value|token|secret|signing_secret|signing-secret|private_key|password|circle-token|continuation-key|access_token|refresh_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
            RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private static readonly Regex SecretQuery = new Regex("([?&](?:circle-token|token|signature|X-Amz-Signature|X-Amz-Credential)=)[^&#]*",
            RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

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
        public static string Text(string text, string? token)
        {
            if (string.IsNullOrEmpty(text)) return text;
            string result = SecretJsonField.Replace(text, "$1\"" + Marker + "\"");
            result = SecretQuery.Replace(result, "$1" + Marker);
            if (!string.IsNullOrEmpty(token)) result = result.Replace(token, Marker);
            return result;
        }

        /// <summary>A URL for -Verbose: path only, no query string (it may carry signatures).</summary>
        public static string PathOnly(Uri uri) => uri.IsAbsoluteUri ? uri.GetLeftPart(UriPartial.Path) : uri.ToString();
    }
}
