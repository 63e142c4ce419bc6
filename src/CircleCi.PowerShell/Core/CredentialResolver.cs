using System;
using System.Collections.Generic;
using System.IO;

namespace CircleCi.PowerShell.Core
{
    /// <summary>The token and host that Connect-Circle found, and where each came from (never the value).</summary>
    public sealed class ResolvedCredentials
    {
        internal ResolvedCredentials(CircleToken? token, string tokenSource, string apiUrl, string apiUrlSource)
        {
            Token = token;
            TokenSource = tokenSource;
            ApiUrl = apiUrl;
            ApiUrlSource = apiUrlSource;
        }

        internal CircleToken? Token { get; }
        public string TokenSource { get; }
        public string ApiUrl { get; }
        public string ApiUrlSource { get; }
    }

    /// <summary>
    /// Finds the token and host the way CircleCI's own tools do, first hit wins:
    /// parameter, then environment variables, then the current CLI's config.yml, then the legacy cli.yml.
    /// </summary>
    public sealed class CredentialResolver
    {
        public const string DefaultApiUrl = "https://circleci.com";

        internal static readonly string[] TokenVariables = { "CIRCLE_TOKEN", "CIRCLECI_TOKEN", "CIRCLECI_CLI_TOKEN", "CIRCLE_CLI_TOKEN" };
        internal static readonly string[] HostVariables = { "CIRCLE_HOST", "CIRCLECI_CLI_HOST" };

        private readonly Func<string, string?> _getEnv;
        private readonly string? _home;

        public CredentialResolver(Func<string, string?>? getEnvironmentVariable = null, string? homeDirectory = null)
        {
            _getEnv = getEnvironmentVariable ?? Environment.GetEnvironmentVariable;
            _home = homeDirectory ?? _getEnv("HOME") ?? _getEnv("USERPROFILE")
                ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        /// <summary>The CLI files in the order they are consulted.</summary>
        public IReadOnlyList<string> ConfigFiles
        {
            get
            {
                var files = new List<string>();
                string? xdg = _getEnv("XDG_CONFIG_HOME");
                if (!string.IsNullOrEmpty(xdg)) files.Add(Path.Combine(xdg!, "circleci", "config.yml"));
                else if (!string.IsNullOrEmpty(_home)) files.Add(Path.Combine(_home!, ".config", "circleci", "config.yml"));
                if (!string.IsNullOrEmpty(_home)) files.Add(Path.Combine(_home!, ".circleci", "cli.yml"));
                return files;
            }
        }

        public ResolvedCredentials Resolve(CircleToken? explicitToken, string? explicitApiUrl)
        {
            CircleToken? token = explicitToken;
            string tokenSource = explicitToken != null ? "the -Token parameter" : string.Empty;
            string? apiUrl = string.IsNullOrWhiteSpace(explicitApiUrl) ? null : explicitApiUrl;
            string apiUrlSource = apiUrl != null ? "the -ApiUrl parameter" : string.Empty;

            if (token == null)
            {
                foreach (string name in TokenVariables)
                {
                    string? value = _getEnv(name);
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        token = new CircleToken(value!);
                        tokenSource = "the environment variable " + name;
                        break;
                    }
                }
            }

            if (apiUrl == null)
            {
                foreach (string name in HostVariables)
                {
                    string? value = _getEnv(name);
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        apiUrl = value;
                        apiUrlSource = "the environment variable " + name;
                        break;
                    }
                }
            }

            foreach (string file in ConfigFiles)
            {
                if (token != null && apiUrl != null) break;
                IDictionary<string, string> values = ReadFlatYaml(file);
                if (token == null && values.TryGetValue("token", out string? fileToken) && !string.IsNullOrWhiteSpace(fileToken))
                {
                    token = new CircleToken(fileToken);
                    tokenSource = "the CircleCI CLI file " + file;
                }
                if (apiUrl == null && values.TryGetValue("host", out string? fileHost) && !string.IsNullOrWhiteSpace(fileHost))
                {
                    apiUrl = fileHost;
                    apiUrlSource = "the CircleCI CLI file " + file;
                }
            }

            if (apiUrl == null)
            {
                apiUrl = DefaultApiUrl;
                apiUrlSource = "the default";
            }
            return new ResolvedCredentials(token, token == null ? "nowhere" : tokenSource, NormalizeApiUrl(apiUrl), apiUrlSource);
        }

        /// <summary>Accepts "circleci.example.com", "https://host/", "https://host/api/v2" and returns the host root.</summary>
        public static string NormalizeApiUrl(string apiUrl)
        {
            string text = apiUrl.Trim();
            if (!text.Contains("://")) text = "https://" + text;
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"'{apiUrl}' is not an http or https URL.");
            string path = uri.AbsolutePath.TrimEnd('/');
            foreach (string suffix in new[] { "/api/v2", "/api/v1.1", "/api" })
            {
                if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { path = path.Substring(0, path.Length - suffix.Length); break; }
            }
            return uri.GetLeftPart(UriPartial.Authority) + path;
        }

        /// <summary>
        /// Reads the top-level "key: value" scalars of a CLI config file. The CLI files hold a handful of flat keys
        /// (token, host, ...); a YAML library would be a dependency shipped to every user for two scalars.
        /// </summary>
        internal static IDictionary<string, string> ReadFlatYaml(string path)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!File.Exists(path)) return result;
            foreach (string raw in File.ReadAllLines(path))
            {
                if (raw.Length == 0 || char.IsWhiteSpace(raw[0]) || raw[0] == '#' || raw[0] == '-') continue;
                int colon = raw.IndexOf(':');
                if (colon <= 0) continue;
                string key = raw.Substring(0, colon).Trim();
                string value = raw.Substring(colon + 1).Trim();
                int comment = value.IndexOf(" #", StringComparison.Ordinal);
                if (comment >= 0) value = value.Substring(0, comment).Trim();
                if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
                    value = value.Substring(1, value.Length - 2);
                if (value.Length > 0) result[key] = value;
            }
            return result;
        }
    }
}
