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
            return Candidates(session)
                .Where(v => v.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(Quote(v), v, CompletionResultType.ParameterValue, v));
        }

        /// <summary>The values to offer, from the session's cache only.</summary>
        protected virtual IEnumerable<string> Candidates(CircleSession session) => session.Cache.Get(Kind);

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '$', '`', '\'', '"', ';', '(', ')', '{', '}', '@', '#' }) >= 0 ? "'" + value.Replace("'", "''") + "'" : value;
    }

    /// <summary>Project slugs seen so far, then "vcs/org/" for each of the user's organizations (read by Connect-Circle).</summary>
    public sealed class ProjectSlugCompleter : SessionCacheCompleter
    {
        protected override string Kind => SessionCache.ProjectSlugs;

        protected override IEnumerable<string> Candidates(CircleSession session) =>
            session.Cache.Get(Kind).Concat(session.Cache.Get(SessionCache.OrgSlugs).Select(org => org + "/"));
    }

    public sealed class OrgSlugCompleter : SessionCacheCompleter { protected override string Kind => SessionCache.OrgSlugs; }
    public sealed class WorkflowNameCompleter : SessionCacheCompleter { protected override string Kind => SessionCache.WorkflowNames; }
    public sealed class BranchCompleter : SessionCacheCompleter { protected override string Kind => SessionCache.Branches; }
}

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>Completes from a fixed list of values the API documents (Windows PowerShell 5.1 has no [ArgumentCompletions]).</summary>
    public abstract class StaticValuesCompleter : System.Management.Automation.IArgumentCompleter
    {
        protected abstract string[] Values { get; }

        public System.Collections.Generic.IEnumerable<System.Management.Automation.CompletionResult> CompleteArgument(string commandName,
            string parameterName, string wordToComplete, System.Management.Automation.Language.CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            foreach (string value in Values)
                if (value.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                    yield return new System.Management.Automation.CompletionResult(value, value, System.Management.Automation.CompletionResultType.ParameterValue, value);
        }
    }

    public sealed class TestResultCompleter : StaticValuesCompleter
    {
        protected override string[] Values => new[] { "success", "failure", "skipped", "error" };
    }

    public sealed class WorkflowStatusCompleter : StaticValuesCompleter
    {
        protected override string[] Values => new[] { "success", "running", "not_run", "failed", "error", "failing", "on_hold", "canceled", "unauthorized" };
    }

    public sealed class JobStatusCompleter : StaticValuesCompleter
    {
        protected override string[] Values => new[] { "success", "running", "not_run", "failed", "retried", "queued", "not_running", "infrastructure_fail",
            "timedout", "on_hold", "terminated-unknown", "blocked", "canceled", "unauthorized" };
    }
}
