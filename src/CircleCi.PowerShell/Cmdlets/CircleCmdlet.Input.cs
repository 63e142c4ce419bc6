using System.Management.Automation;

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
    }
}
