using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CircleCi.PowerShell.Core
{
    /// <summary>Bounded fan-out for lists of requests and downloads.</summary>
    internal static class Concurrently
    {
        /// <summary>
        /// Runs <paramref name="map"/> over the items, at most <paramref name="limit"/> at once, results in the items' order.
        /// Written here because Parallel.ForEachAsync is not in netstandard2.0 and does not return results.
        /// </summary>
        public static async Task<TResult[]> MapAsync<T, TResult>(IReadOnlyList<T> items, int limit, Func<T, Task<TResult>> map, CancellationToken ct)
        {
            var results = new TResult[items.Count];
            int next = -1;
            async Task Worker()
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < items.Count)
                {
                    ct.ThrowIfCancellationRequested();
                    results[index] = await map(items[index]).ConfigureAwait(false);
                }
            }

            var workers = new List<Task>();
            // On the thread pool: each item's synchronous start (file checks, request set-up) runs side by side too.
            for (int i = 0; i < Math.Min(Math.Max(1, limit), items.Count); i++) workers.Add(Task.Run(Worker));
            await Task.WhenAll(workers).ConfigureAwait(false);
            return results;
        }
    }
}
