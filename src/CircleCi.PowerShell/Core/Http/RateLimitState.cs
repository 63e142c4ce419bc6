using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>A snapshot of the most restrictive rate-limit window the server last announced.</summary>
    public sealed class RateLimitSnapshot
    {
        public RateLimitSnapshot(long limit, long remaining, DateTimeOffset resetAt, string window, DateTimeOffset observedAt)
        {
            Limit = limit;
            Remaining = remaining;
            ResetAt = resetAt;
            Window = window;
            ObservedAt = observedAt;
        }

        public long Limit { get; }
        public long Remaining { get; }
        public DateTimeOffset ResetAt { get; }
        public string Window { get; }
        public DateTimeOffset ObservedAt { get; }

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0}/{1} left ({2}), resets {3:u}", Remaining, Limit, Window, ResetAt);
    }

    /// <summary>
    /// Reads RateLimit-* and X-RateLimit-* headers, keeps the lowest (most restrictive) window, and paces requests
    /// so a busy script slows down before CircleCI refuses it. Thread-safe: shared by every cmdlet of a session.
    /// </summary>
    public sealed class RateLimitState
    {
        private static readonly string[] XWindows = { "", "-Second", "-Minute", "-Hour", "-Day" };
        private readonly object _sync = new object();
        private RateLimitSnapshot? _current;
        // Requests paced but not yet answered: the last answer's Remaining does not count them yet.
        private long _inFlight;

        public RateLimitSnapshot? Current { get { lock (_sync) return _current; } }

        public void Observe(HttpResponseHeaders headers, DateTimeOffset now)
        {
            RateLimitSnapshot? best = null;
            Consider(ref best, headers, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit", now);
            foreach (string w in XWindows)
            {
                Consider(ref best, headers, "X-RateLimit-Limit" + w, "X-RateLimit-Remaining" + w, "X-RateLimit-Reset" + w,
                    w.Length == 0 ? "X-RateLimit" : w.TrimStart('-'), now);
            }
            if (best == null) return;
            // In-flight requests are not forgotten here (they were, once, and a burst of concurrent requests then
            // overdrew the window): each one leaves the count only through Complete.
            lock (_sync) _current = best;
        }

        private static void Consider(ref RateLimitSnapshot? best, HttpResponseHeaders headers, string limitName,
            string remainingName, string resetName, string window, DateTimeOffset now)
        {
            if (!TryGetLong(headers, limitName, out long limit) || !TryGetLong(headers, remainingName, out long remaining)) return;
            TimeSpan reset = TimeSpan.Zero;
            if (TryGetLong(headers, resetName, out long resetValue))
            {
                // Reset is seconds-until-reset in the IETF draft; some servers send an epoch timestamp instead.
                reset = resetValue > 1_000_000_000
                    ? DateTimeOffset.FromUnixTimeSeconds(resetValue) - now
                    : TimeSpan.FromSeconds(resetValue);
                if (reset < TimeSpan.Zero) reset = TimeSpan.Zero;
            }
            var candidate = new RateLimitSnapshot(limit, remaining, now + reset, window, now);
            if (best == null || candidate.Remaining < best.Remaining) best = candidate;
        }

        private static bool TryGetLong(HttpResponseHeaders headers, string name, out long value)
        {
            value = 0;
            if (!headers.TryGetValues(name, out var values)) return false;
            string? first = values.FirstOrDefault();
            if (first == null) return false;
            // RateLimit-Limit may carry a policy suffix ("100, 100;w=60"): the first number is the limit.
            int cut = first.IndexOfAny(new[] { ',', ';' });
            if (cut >= 0) first = first.Substring(0, cut);
            return long.TryParse(first.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>
        /// How long to wait before the next request, which is counted as in flight until <see cref="Complete"/>:
        /// nothing while plenty is left; once under a tenth of the window remains (less what is in flight), spread
        /// what is left evenly over the time until reset; at zero, wait for the reset.
        /// </summary>
        public TimeSpan NextDelay(DateTimeOffset now, TimeSpan cap)
        {
            lock (_sync)
            {
                long othersInFlight = _inFlight++;
                if (_current == null) return TimeSpan.Zero;
                TimeSpan untilReset = _current.ResetAt - now;
                if (untilReset <= TimeSpan.Zero) return TimeSpan.Zero;
                long left = _current.Remaining - othersInFlight;
                long threshold = Math.Max(1, _current.Limit / 10);
                if (left > threshold) return TimeSpan.Zero;
                TimeSpan delay = left <= 0 ? untilReset : TimeSpan.FromTicks(untilReset.Ticks / (left + 1));
                return delay > cap ? cap : delay;
            }
        }

        /// <summary>The request counted by <see cref="NextDelay"/> has its answer, or failed.</summary>
        public void Complete()
        {
            lock (_sync)
            {
                if (_inFlight > 0) _inFlight--;
            }
        }

        internal async Task PaceAsync(TimeSpan cap, ICircleLog log, CancellationToken cancellationToken)
        {
            TimeSpan delay = NextDelay(DateTimeOffset.UtcNow, cap);
            if (delay <= TimeSpan.Zero) return;
            if (log.IsVerboseEnabled)
                log.Verbose(string.Format(CultureInfo.InvariantCulture, "Rate limit: {0}; pacing {1:0} ms.", Current, delay.TotalMilliseconds));
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }
}
