using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// Completes from names the default session has already seen; never calls the network (a Tab press must be instant).
    /// </summary>
    public abstract class SessionCacheCompleter : IArgumentCompleter
    {
        protected abstract string Kind { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            CircleSession? session = (fakeBoundParameters["Session"] as CircleSession) ?? SessionStore.Default;
            if (session == null) return Enumerable.Empty<CompletionResult>();
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return session.Cache.Get(Kind)
                .Where(v => v.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(Quote(v), v, CompletionResultType.ParameterValue, v));
        }

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '$', '`', '\'', '"', ';', '(', ')', '{', '}', '@', '#' }) >= 0 ? "'" + value.Replace("'", "''") + "'" : value;
    }

    public sealed class ProjectSlugCompleter : SessionCacheCompleter { protected override string Kind => SessionCache.ProjectSlugs; }
    public sealed class WorkflowNameCompleter : SessionCacheCompleter { protected override string Kind => SessionCache.WorkflowNames; }
    public sealed class BranchCompleter : SessionCacheCompleter { protected override string Kind => SessionCache.Branches; }
}
