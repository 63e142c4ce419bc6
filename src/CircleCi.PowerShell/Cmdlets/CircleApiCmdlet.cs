using System;
using System.Collections.Generic;
using System.Management.Automation;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>The base of every cmdlet that calls the CircleCI API: adds -Session to <see cref="CircleCmdlet"/>.</summary>
    public abstract class CircleApiCmdlet : CircleCmdlet
    {
        /// <summary>The session to use; defaults to the one Connect-Circle made for this runspace.</summary>
        [Parameter]
        [ValidateNotNull]
        public CircleSession? Session { get; set; }

        protected override CircleSession? ExplicitSession => Session;

        /// <summary>Normalizes a -ProjectSlug value, or writes a non-terminating error for it and returns null.</summary>
        internal string? CheckSlug(string? slug)
        {
            if (ProjectSlug.TryNormalize(slug, out string normalized, out string error)) return normalized;
            WriteInvalidArgument("CircleCi.InvalidProjectSlug", error, slug);
            return null;
        }

        /// <summary>
        /// Runs <paramref name="work"/> for each valid slug with (as given, normalized for URLs, unescaped for output);
        /// an invalid slug is a non-terminating error and the others go on.
        /// </summary>
        internal void ForEachProject(IEnumerable<string> slugs, Action<string, string, string> work)
        {
            foreach (string slug in slugs)
            {
                string? normalized = CheckSlug(slug);
                if (normalized != null) work(slug, normalized, Uri.UnescapeDataString(normalized));
            }
        }
    }
}
