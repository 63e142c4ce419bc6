using System;
using System.Linq;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// Project slugs are opaque to CircleCI but have a shape: vcs/org/repo (gh, github, bb, bitbucket, circleci/
    /// &lt;org-id&gt;/&lt;project-id&gt;, or a server's own vcs name). They are sent with '/' unescaped; each segment is escaped.
    /// </summary>
    public static class ProjectSlug
    {
        public static bool TryNormalize(string? slug, out string normalized, out string error)
        {
            normalized = string.Empty;
            error = string.Empty;
            if (string.IsNullOrWhiteSpace(slug))
            {
                error = "The project slug is empty. Use the form vcs/org/repo, e.g. gh/acme/api or circleci/<org-id>/<project-id>.";
                return false;
            }
            string text = slug!.Trim().Replace("%2F", "/").Replace("%2f", "/");
            string[] parts = text.Split('/');
            if (parts.Length != 3 || parts.Any(p => p.Length == 0))
            {
                error = $"'{slug}' is not a project slug. Use the form vcs/org/repo, e.g. gh/acme/api or circleci/<org-id>/<project-id>.";
                return false;
            }
            if (parts.Any(p => p == "." || p == ".." || p.IndexOfAny(new[] { '?', '#', '\\', '\0' }) >= 0 || p.Any(char.IsControl)))
            {
                error = $"'{slug}' contains characters a project slug cannot have.";
                return false;
            }
            normalized = string.Join("/", parts.Select(p => Uri.EscapeDataString(Uri.UnescapeDataString(p))));
            return true;
        }

        /// <summary>Splits a slug into (vcs, org, repo), turning short VCS names into the long ones API v1.1 wants.</summary>
        public static (string Vcs, string Org, string Repo) ForV1(string normalizedSlug)
        {
            string[] parts = normalizedSlug.Split('/');
            string vcs = parts[0] switch { "gh" => "github", "bb" => "bitbucket", _ => parts[0] };
            return (vcs, parts[1], parts[2]);
        }
    }
}
