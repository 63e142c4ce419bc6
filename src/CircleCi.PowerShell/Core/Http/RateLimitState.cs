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
    /// so a busy script slows down before CircleCI refuses it. Thread-safe: one per session, shared by every cmdlet and
    /// runspace that uses the session (ForEach-Object -Parallel with -Session $using:s).
    /// Three rules keep a fan-out inside the limit: until the first answer tells the limit, one request goes at a time;
    /// once the window runs low, every request gets its own time slot (so requests waiting for a reset are released
    /// one by one, not all at once); slots carry a little jitter so that other clients do not fall into step with us.
    /// </summary>
    public sealed class RateLimitState
    {
        private static readonly string[] XWindows = { "", "-Second", "-Minute", "-Hour", "-Day" };
        /// <summary>The shortest window assumed when spacing slots (reset headers are whole seconds; 0 means "now").</summary>
        private static readonly TimeSpan MinWindow = TimeSpan.FromSeconds(1);
        private readonly object _sync = new object();
        private readonly Random _jitter = new Random();
        private RateLimitSnapshot? _current;
        // Requests paced but not yet answered: the last answer's Remaining does not count them yet.
        private long _inFlight;
        // The earliest time the next paced request may go; slots are handed out in order from here.
        private DateTimeOffset _nextSlot;
        // Completed by the first answer (or failure): until then the limit is unknown and requests queue behind one.
        private TaskCompletionSource<bool>? _firstAnswer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

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
            TaskCompletionSource<bool>? first;
            lock (_sync)
            {
                // In-flight requests are not forgotten here (they were, once, and a burst of concurrent requests then
                // overdrew the window): each one leaves the count only through Complete.
                if (best != null) _current = best;
                first = _firstAnswer;
                _firstAnswer = null;
            }
            first?.TrySetResult(true);
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
        /// nothing while plenty is left; once under a tenth of the window remains (less what is in flight), the time
        /// until reset is shared out in slots, one request a slot; at zero, slots start at the reset and are spaced by
        /// the window over its limit. Null when the limit is not known yet and another request is already out: wait
        /// for <see cref="FirstAnswer"/>, then ask again.
        /// </summary>
        public TimeSpan? NextDelay(DateTimeOffset now, TimeSpan cap)
        {
            lock (_sync)
            {
                if (_current == null)
                {
                    if (_firstAnswer != null && _inFlight > 0) return null;
                    _inFlight++;
                    return TimeSpan.Zero;
                }
                long othersInFlight = _inFlight++;
                TimeSpan untilReset = _current.ResetAt - now;
                // Past the reset the window has refilled, but not for everyone at once: the same rules apply to a full one.
                long remaining = untilReset > TimeSpan.Zero ? _current.Remaining : _current.Limit;
                if (untilReset < MinWindow) untilReset = MinWindow;
                long left = remaining - othersInFlight;
                long threshold = Math.Max(1, _current.Limit / 10);
                if (left > threshold)
                {
                    _nextSlot = now;
                    return TimeSpan.Zero;
                }
                DateTimeOffset slot;
                TimeSpan spacing;
                if (left > 0)
                {
                    spacing = TimeSpan.FromTicks(untilReset.Ticks / (left + 1));
                    slot = Max(now + spacing, _nextSlot);
                }
                else
                {
                    // Nothing left: the window refills by the reset; go in turns from then, not all at once.
                    spacing = TimeSpan.FromTicks(untilReset.Ticks / Math.Max(1, _current.Limit));
                    slot = Max(_current.ResetAt > now ? _current.ResetAt : now + spacing, _nextSlot);
                }
                _nextSlot = slot + spacing;
                slot += TimeSpan.FromTicks((long)(spacing.Ticks * 0.25 * _jitter.NextDouble()));
                TimeSpan delay = slot - now;
                return delay > cap ? cap : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
            }
        }

        private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

        /// <summary>Completes when the first answer (or failure) arrives; already complete after that.</summary>
        internal Task FirstAnswer { get { lock (_sync) return _firstAnswer?.Task ?? Task.CompletedTask; } }

        /// <summary>The request counted by <see cref="NextDelay"/> has its answer, or failed.</summary>
        public void Complete()
        {
            TaskCompletionSource<bool>? first;
            lock (_sync)
            {
                if (_inFlight > 0) _inFlight--;
                // A failure without an answer ends the probe too: the next request finds out instead.
                first = _firstAnswer;
                _firstAnswer = null;
            }
            first?.TrySetResult(true);
        }

        /// <summary>Stops holding requests back for a first answer that is taking too long.</summary>
        private void EndProbe()
        {
            TaskCompletionSource<bool>? first;
            lock (_sync)
            {
                first = _firstAnswer;
                _firstAnswer = null;
            }
            first?.TrySetResult(true);
        }

        /// <summary>Waits for this request's turn; it is counted in flight from then on (and on cancellation, so that
        /// the caller's <see cref="Complete"/> always balances).</summary>
        internal async Task PaceAsync(TimeSpan cap, ICircleLog log, CancellationToken cancellationToken)
        {
            TimeSpan? delay;
            while ((delay = NextDelay(DateTimeOffset.UtcNow, cap)) == null)
            {
                Task first = FirstAnswer;
                if (log.IsDebugEnabled) log.Debug("Rate limit not known yet: waiting for the first answer before sending more.");
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    await Task.WhenAny(first, Task.Delay(cap, wait.Token)).ConfigureAwait(false);
                    wait.Cancel();
                }
                if (cancellationToken.IsCancellationRequested)
                {
                    lock (_sync) _inFlight++;
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (!first.IsCompleted) EndProbe(); // slower than we would ever pace: stop probing
            }
            if (delay.Value <= TimeSpan.Zero) return;
            if (log.IsVerboseEnabled)
                log.Verbose(string.Format(CultureInfo.InvariantCulture, "Rate limit: {0}; pacing {1:0} ms.", Current, delay.Value.TotalMilliseconds));
            await Task.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
        }
    }
}
