using System;
using System.Text.Json;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>Turns CircleCI's error bodies ({"message"}, {"error"}, HTML pages, nothing) into one readable line.</summary>
    internal static class ApiErrorParser
    {
        public static string? ExtractMessage(string body, string? mediaType)
        {
            string trimmed = body.TrimStart();
            if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[')) return null;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(trimmed);
                if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
                foreach (string name in new[] { "message", "error", "detail" })
                {
                    if (doc.RootElement.TryGetProperty(name, out JsonElement value))
                    {
                        if (value.ValueKind == JsonValueKind.String) return value.GetString();
                        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("message", out JsonElement inner)
                            && inner.ValueKind == JsonValueKind.String) return inner.GetString();
                        return value.GetRawText();
                    }
                }
                return null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public static string DescribeNonJson(string body, string? mediaType)
        {
            string trimmed = body.Trim();
            if (trimmed.Length == 0) return "the response had no body.";
            if ((mediaType != null && mediaType.Contains("html")) || trimmed.StartsWith("<", StringComparison.Ordinal))
            {
                string? title = Between(trimmed, "<title>", "</title>");
                return "the server answered with an HTML page" + (title != null ? " (\"" + title.Trim() + "\")" : "") + ", not CircleCI's JSON.";
            }
            if (trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal))
                return "the JSON error body was cut off or malformed.";
            return trimmed.Length > 200 ? trimmed.Substring(0, 200) + "..." : trimmed;
        }

        /// <summary>Adds what to do about an authentication failure, judged from the token's format.</summary>
        public static string AddHint(string message, int status, string? apiMessage, CircleTokenKind kind)
        {
            if (status != 401 && status != 403) return message;
            if (apiMessage != null && apiMessage.IndexOf("New format tokens", StringComparison.OrdinalIgnoreCase) >= 0)
                return message + " The token predates CircleCI's 2023 token format: create a new personal API token (User Settings > Personal API Tokens).";
            if (kind == CircleTokenKind.Project)
                return message + " This is a project API token (CCIPRJ_); API v2 needs a personal API token (CCIPAT_) from User Settings > Personal API Tokens.";
            if (kind == CircleTokenKind.OldFormat)
                return message + " This looks like an old-format token: create a new personal API token (CCIPAT_).";
            if (status == 401)
                return message + " Check the token: Connect-Circle -Token <personal API token>, or set CIRCLE_TOKEN.";
            return message;
        }

        private static string? Between(string text, string start, string end)
        {
            int i = text.IndexOf(start, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return null;
            int j = text.IndexOf(end, i + start.Length, StringComparison.OrdinalIgnoreCase);
            return j < 0 ? null : text.Substring(i + start.Length, j - i - start.Length);
        }
    }
}
