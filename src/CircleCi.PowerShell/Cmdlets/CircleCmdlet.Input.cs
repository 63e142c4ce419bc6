using System;
using System.IO;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;

namespace CircleCi.PowerShell.Cmdlets
{
    public abstract partial class CircleCmdlet
    {
        /// <summary>
        /// The case-insensitive pattern of a wildcard filter parameter (null when it is not given). WildcardPattern
        /// parses lazily, so an invalid pattern ("[", "a[b") would throw a raw WildcardPatternException at the first
        /// item compared, after requests were sent: it is parsed here and refused as an InvalidArgument error first.
        /// </summary>
        internal WildcardPattern? WildcardOrNull(string? pattern, string parameterName)
        {
            if (pattern == null) return null;
            var wildcard = new WildcardPattern(pattern, WildcardOptions.IgnoreCase);
            try
            {
                wildcard.IsMatch(string.Empty);
            }
            catch (WildcardPatternException ex)
            {
                ThrowInvalidArgument("CircleCi.InvalidWildcard",
                    $"-{parameterName} is not a valid wildcard pattern: {ex.Message} Escape a literal '[' or ']' with a backtick (`[).", pattern);
            }
            return wildcard;
        }

        /// <summary>
        /// The full file-system path of a path parameter (relative ones from the current location), checked before any
        /// request: a character no path may hold (a NUL), a missing drive or another provider's path (env:x) is an
        /// InvalidArgument error with the value as target, never a raw ArgumentException from the write at the end.
        /// </summary>
        internal string ResolveFileSystemPath(string value, string parameterName, string errorId)
        {
            string? problem = null;
            string path = string.Empty;
            if (value.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
            {
                problem = "holds a character no path may hold (such as a NUL).";
            }
            else
            {
                try
                {
                    path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(value, out ProviderInfo provider, out _);
                    if (!typeof(FileSystemProvider).IsAssignableFrom(provider.ImplementingType))
                        problem = $"is a path of the {provider.Name} provider; give a file-system path.";
                    else
                        path = System.IO.Path.GetFullPath(path);
                }
                catch (Exception ex) when (ex is RuntimeException || ex is ArgumentException || ex is NotSupportedException || ex is IOException)
                {
                    problem = "is not a valid file-system path: " + ex.Message;
                }
            }
            if (problem != null) ThrowInvalidArgument(errorId, $"-{parameterName} {problem}", value);
            return path;
        }
    }
}
