using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Api
{
    public enum ApiVersion { V2, V1_1 }

    /// <summary>
    /// One CircleCI operation, written once: its operationId, method and path template as openapi-v2.json (or the
    /// v1.1 document) has them. The area clients declare one as a static field named after the operationId; the
    /// contract tests read those fields and compare them with the documents.
    /// </summary>
    public sealed class ApiRoute
    {
        private ApiRoute(ApiVersion version, HttpMethod method, string operationId, string template)
        {
            Version = version;
            Method = method;
            OperationId = operationId;
            Template = template;
            // Found once here, so that filling a path for each request needs no pattern matching.
            var placeholders = new List<Placeholder>();
            foreach (Match m in Patterns.Placeholder().Matches(template)) placeholders.Add(new Placeholder(m.Index, m.Length, m.Groups[1].Value));
            _placeholders = placeholders.ToArray();
            PathParameters = Array.AsReadOnly(Array.ConvertAll(_placeholders, p => p.Name));
        }

        private readonly struct Placeholder
        {
            public Placeholder(int index, int length, string name) { Index = index; Length = length; Name = name; }
            public int Index { get; }
            public int Length { get; }
            public string Name { get; }
        }

        private readonly Placeholder[] _placeholders;

        public ApiVersion Version { get; }
        public HttpMethod Method { get; }
        /// <summary>The operationId in the document of <see cref="Version"/>.</summary>
        public string OperationId { get; }
        /// <summary>The path as the document writes it, from its API root: "/pipeline/{pipeline-id}".</summary>
        public string Template { get; }
        public IReadOnlyList<string> PathParameters { get; }

        /// <summary>The name logs, warnings and the cmdlet table use: the operationId, or "v1.1:" and the operationId for a v1.1 read.</summary>
        public string Name => Version == ApiVersion.V2 ? OperationId : "v1.1:" + OperationId;

        public override string ToString() => $"{Name} ({Method} {Template})";

        internal static ApiRoute Get(string operationId, string template) => new ApiRoute(ApiVersion.V2, HttpMethod.Get, operationId, template);
        internal static ApiRoute Post(string operationId, string template) => new ApiRoute(ApiVersion.V2, HttpMethod.Post, operationId, template);
        internal static ApiRoute Put(string operationId, string template) => new ApiRoute(ApiVersion.V2, HttpMethod.Put, operationId, template);
        internal static ApiRoute Patch(string operationId, string template) => new ApiRoute(ApiVersion.V2, new HttpMethod("PATCH"), operationId, template);
        internal static ApiRoute Delete(string operationId, string template) => new ApiRoute(ApiVersion.V2, HttpMethod.Delete, operationId, template);
        /// <summary>An API v1.1 read. There are no v1.1 writes: CircleCI removes them on 2027-02-01.</summary>
        internal static ApiRoute V1Get(string operationId, string template) => new ApiRoute(ApiVersion.V1_1, HttpMethod.Get, operationId, template);

        /// <summary>
        /// The path with its parameters filled in template order. Values are formatted culture-invariantly: a Guid as
        /// "D", numbers as digits, a project slug ({project-slug}, or a <see cref="ProjectSlugParts"/> for the paths
        /// that spell it as three parameters), an {org-slug} or {org-slug-or-id} with their '/' kept, any other string as one
        /// escaped segment. A value that
        /// cannot be one segment (empty, "." or "..", '/', control characters) fails before anything is sent.
        /// </summary>
        internal ApiPath Path(params object[] values)
        {
            var sb = new StringBuilder(Template.Length + 32);
            int index = 0, last = 0;
            foreach (Placeholder placeholder in _placeholders)
            {
                sb.Append(Template, last, placeholder.Index - last);
                last = placeholder.Index + placeholder.Length;
                string name = placeholder.Name;
                if (index >= values.Length) throw new InvalidOperationException($"{OperationId}: no value for {{{name}}}.");
                object value = values[index];
                if (value is ProjectSlugParts parts)
                {
                    // One value fills the three parameters a slug is spelled as.
                    sb.Append(parts.For(name));
                    if (name == "project") index++;
                    continue;
                }
                sb.Append(Format(name, value));
                index++;
            }
            sb.Append(Template, last, Template.Length - last);
            if (index != values.Length) throw new InvalidOperationException($"{OperationId}: {values.Length} values for {index} path parameters.");
            return new ApiPath(this, sb.ToString().TrimStart('/'));
        }

        private string Format(string name, object value)
        {
            switch (value)
            {
                case Guid id: return id.ToString("D");
                case long n: return n.ToString(CultureInfo.InvariantCulture);
                case int n: return n.ToString(CultureInfo.InvariantCulture);
                case string text when name == "project-slug":
                    if (!ProjectSlug.TryNormalize(text, out string normalized, out string error)) throw InvalidValue(name, error, text);
                    return normalized;
                case string text when name == "org-slug-or-id":
                    return OrgSlugOrId(name, text);
                case string text when name == "org-slug":
                    return OrgSlug(name, text);
                case string text when name == "fingerprint":
                    return Fingerprint(name, text);
                case string text:
                    return Segment(name, text);
                default:
                    throw new InvalidOperationException($"{OperationId}: {{{name}}} cannot take a {value?.GetType().Name ?? "null"}.");
            }
        }

        /// <summary>An organization is named by its id (one segment) or its slug (gh/acme, circleci/&lt;id&gt;: two); as with a
        /// project slug the '/' is kept and each part escaped.</summary>
        private string OrgSlugOrId(string name, string text)
        {
            string[] parts = text.Replace("%2F", "/").Replace("%2f", "/").Trim('/').Split('/');
            if (parts.Length > 2) throw InvalidValue(name, $"'{text}' is neither an organization id nor a slug (vcs/org, e.g. gh/acme).", text);
            return string.Join("/", Array.ConvertAll(parts, part => Segment(name, part)));
        }

        private string Segment(string name, string text)
        {
            if (string.IsNullOrWhiteSpace(text)) throw InvalidValue(name, $"The {name} is empty.", text);
            if (text == "." || text == "..") throw InvalidValue(name, $"'{text}' cannot be a {name}.", text);
            // CircleCI reads an escaped slash (%2F) as a path separator, as it does in project slugs: a '/' (or a
            // literal "%2F") in one segment would split it, or with '..' reach another path.
            if (text.IndexOf('/') >= 0 || text.IndexOf("%2F", StringComparison.OrdinalIgnoreCase) >= 0)
                throw InvalidValue(name, $"The {name} cannot contain '/'.", text);
            foreach (char c in text)
                if (char.IsControl(c)) throw InvalidValue(name, $"The {name} contains a control character.", text);
            return Uri.EscapeDataString(text);
        }

        /// <summary>A SHA256 fingerprint is base64, so its '/' is kept (escaped) in one segment; a '.' or '..' part or a
        /// '%' (no fingerprint has one) could still reach another path, and fails.</summary>
        private string Fingerprint(string name, string text)
        {
            foreach (string part in text.Split('/'))
            {
                if (part.IndexOf('%') >= 0) throw InvalidValue(name, $"'{text}' is not a key fingerprint.", text);
                Segment(name, part); // each part checked as a segment would be: not empty, '.', '..' or control characters
            }
            return Uri.EscapeDataString(text);
        }

        /// <summary>An {org-slug} (vcs/org) keeps its '/' like a project slug; each part is one escaped segment.</summary>
        private string OrgSlug(string name, string text)
        {
            string[] parts = text.Replace("%2F", "/").Replace("%2f", "/").Split('/');
            if (parts.Length != 2) throw InvalidValue(name, $"'{text}' is not an organization slug (vcs/org, e.g. gh/acme).", text);
            return Segment(name, parts[0]) + "/" + Segment(name, parts[1]);
        }

        private CircleApiException InvalidValue(string name, string message, string value) =>
            new CircleApiException("CircleApi.InvalidPathValue", ErrorCategory.InvalidArgument, $"{message} ({Name}, {{{name}}})",
                method: Method.Method, path: Template);
    }

    /// <summary>A project slug split into the three path parameters some paths spell it as: v2's
    /// {provider}/{organization}/{project}, or v1.1's {vcs-type}/{username}/{project} with long VCS names.</summary>
    internal sealed class ProjectSlugParts
    {
        private readonly string _vcs, _org, _repo;

        private ProjectSlugParts(string vcs, string org, string repo) { _vcs = vcs; _org = org; _repo = repo; }

        public static ProjectSlugParts From(string slug)
        {
            if (!ProjectSlug.TryNormalize(slug, out string normalized, out string error))
                throw new CircleApiException("CircleApi.InvalidPathValue", ErrorCategory.InvalidArgument, error);
            string[] parts = normalized.Split('/');
            return new ProjectSlugParts(parts[0], parts[1], parts[2]);
        }

        internal string For(string name) => name switch
        {
            "provider" => _vcs,
            "vcs-type" => _vcs switch { "gh" => "github", "bb" => "bitbucket", _ => _vcs },
            "organization" or "username" => _org,
            "project" => _repo,
            _ => throw new InvalidOperationException($"{{{name}}} is not part of a project slug."),
        };
    }

    /// <summary>A filled-in route with its query: what one call sends. Query values are culture-invariant.</summary>
    internal readonly struct ApiPath
    {
        internal ApiPath(ApiRoute route, string relative)
        {
            Route = route;
            Relative = relative;
        }

        public ApiRoute Route { get; }
        /// <summary>Relative to the API root of the route's version.</summary>
        public string Relative { get; }

        public ApiPath Query(string name, string? value) =>
            value == null ? this : new ApiPath(Route, Core.Query.Append(Relative, name, value));

        public ApiPath Query(string name, bool? value) =>
            value == null ? this : Query(name, value.Value ? "true" : "false");

        public ApiPath Query(string name, long? value) =>
            value == null ? this : Query(name, value.Value.ToString(CultureInfo.InvariantCulture));

        /// <summary>RFC 3339 in UTC, whatever the caller's culture and calendar.</summary>
        public ApiPath Query(string name, DateTimeOffset? value) =>
            value == null ? this : Query(name, ApiFormat.Timestamp(value.Value));

        /// <summary>A repeated parameter (name=a&amp;name=b).</summary>
        public ApiPath Query(string name, IEnumerable<string>? values)
        {
            if (values == null) return this;
            ApiPath path = this;
            foreach (string v in values) path = path.Query(name, v);
            return path;
        }

        public override string ToString() => Relative;
    }

    /// <summary>How values are written in what the module sends: one place, culture-invariant.</summary>
    internal static class ApiFormat
    {
        public static string Timestamp(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        public static string Timestamp(DateTime value) => Timestamp(new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero));
    }
}
