using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// Names the session has already seen in API answers (project slugs, workflow names, branches), so tab
    /// completion never makes a network call. Bounded so a long crawl cannot grow it without end.
    /// </summary>
    internal sealed class SessionCache
    {
        private const int MaxPerKind = 2000;
        private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _values =
            new ConcurrentDictionary<string, ConcurrentDictionary<string, byte>>(StringComparer.Ordinal);

        public void Remember(string kind, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            var set = _values.GetOrAdd(kind, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
            // Most values of a long listing are already known: a lock-free lookup first, because Count takes every lock.
            if (set.ContainsKey(value!)) return;
            if (set.Count < MaxPerKind) set.TryAdd(value!, 0);
        }

        public IEnumerable<string> Get(string kind) =>
            _values.TryGetValue(kind, out var set) ? set.Keys.OrderBy(v => v, StringComparer.OrdinalIgnoreCase) : Enumerable.Empty<string>();

        public const string ProjectSlugs = "project-slug";
        public const string WorkflowNames = "workflow-name";
        public const string Branches = "branch";
        public const string OrgSlugs = "org-slug";
    }
}
