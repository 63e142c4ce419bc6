using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>
    /// Polly retry pipelines built from the session's settings. Idempotent methods retry on 408/429/500/502/503/504,
    /// connection failures, cut-off bodies and timeouts. POST and PATCH retry only on 429: the server refused them
    /// unprocessed, while after a 5xx or a timeout they may have run, and a pipeline must never be triggered twice.
    /// </summary>
    internal sealed class RetryPipelines
    {
        internal static readonly ResiliencePropertyKey<ICircleLog> LogKey = new ResiliencePropertyKey<ICircleLog>("circle.log");
        internal static readonly ResiliencePropertyKey<CircleRequest> RequestKey = new ResiliencePropertyKey<CircleRequest>("circle.request");
        private static readonly ResiliencePropertyKey<int> AttemptsKey = new ResiliencePropertyKey<int>("circle.attempts");
        private static readonly ResiliencePropertyKey<int> FailuresKey = new ResiliencePropertyKey<int>("circle.failures");

        /// <summary>
        /// 429s retried beyond MaxRetries: a refusal for rate costs time, not data (the request was not processed, and
        /// each wait is at least what Retry-After asks). Other failures keep the session's MaxRetries.
        /// </summary>
        internal const int ExtraRateLimitedRetries = 12;

        private readonly CircleSession _session;
        private readonly object _sync = new object();
        private (int retries, TimeSpan wait, TimeSpan baseDelay) _builtFor;
        private ResiliencePipeline<HttpResponseMessage>? _idempotent;
        private ResiliencePipeline<HttpResponseMessage>? _unsafe;

        public RetryPipelines(CircleSession session) => _session = session;

        public ResiliencePipeline<HttpResponseMessage> For(CircleRequest request)
        {
            lock (_sync)
            {
                var settings = (_session.MaxRetries, _session.MaxRetryWait, _session.RetryBaseDelay);
                if (_idempotent == null || _builtFor != settings)
                {
                    // Settings live on the session and may be changed by the user: rebuild when they do.
                    _idempotent = Build(idempotent: true, settings);
                    _unsafe = Build(idempotent: false, settings);
                    _builtFor = settings;
                }
                return request.IsIdempotent ? _idempotent : _unsafe!;
            }
        }

        internal static int Attempts(ResilienceContext context) =>
            context.Properties.TryGetValue(AttemptsKey, out int n) ? n + 1 : 1;

        private static ResiliencePipeline<HttpResponseMessage> Build(bool idempotent, (int retries, TimeSpan wait, TimeSpan baseDelay) s)
        {
            if (s.retries <= 0) return ResiliencePipeline<HttpResponseMessage>.Empty;
            var options = new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = s.retries + ExtraRateLimitedRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = s.baseDelay,
                MaxDelay = s.wait,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(idempotent, args.Outcome, args.Context, args.AttemptNumber, s.retries)),
                DelayGenerator = args =>
                {
                    TimeSpan? retryAfter = args.Outcome.Result == null ? null : RetryAfter(args.Outcome.Result, DateTimeOffset.UtcNow);
                    if (retryAfter == null) return new ValueTask<TimeSpan?>((TimeSpan?)null);
                    // Up to a quarter more (at most 1 s), so that requests refused together do not all come back together.
                    TimeSpan jitter = TimeSpan.FromTicks((long)(Math.Min(retryAfter.Value.Ticks / 4, TimeSpan.TicksPerSecond) * Jitter.NextDouble()));
                    TimeSpan delay = retryAfter.Value + jitter;
                    return new ValueTask<TimeSpan?>(delay > s.wait ? s.wait : delay);
                },
                OnRetry = args =>
                {
                    args.Context.Properties.Set(AttemptsKey, args.AttemptNumber + 1);
                    if (args.Context.Properties.TryGetValue(LogKey, out ICircleLog? log) && log.IsVerboseEnabled
                        && args.Context.Properties.TryGetValue(RequestKey, out CircleRequest? request))
                    {
                        string why = args.Outcome.Result != null
                            ? ((int)args.Outcome.Result.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + args.Outcome.Result.ReasonPhrase
                            : args.Outcome.Exception?.GetType().Name ?? "failure";
                        log.Verbose(string.Format(CultureInfo.InvariantCulture, "Retry {0}/{1} of {2} {3} after {4}: waiting {5:0.0} s.",
                            args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode == 429 ? s.retries + ExtraRateLimitedRetries : s.retries, request.Method, request.Uri.AbsolutePath, why, args.RetryDelay.TotalSeconds));
                    }
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            };
            return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(options).Build();
        }

        private static bool ShouldRetry(bool idempotent, Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attempt, int retries)
        {
            bool retryable;
            if (outcome.Result != null)
            {
                int code = (int)outcome.Result.StatusCode;
                if (code == 429) return attempt < retries + ExtraRateLimitedRetries;
                retryable = idempotent && (code == 408 || code == 500 || code == 502 || code == 503 || code == 504);
            }
            else
            {
                Exception? ex = outcome.Exception;
                if (ex == null || ex is OperationCanceledException || ex is CircleApiException) return false;
                retryable = idempotent && (ex is HttpRequestException || ex is IOException || ex is AttemptTimeoutException);
            }
            if (!retryable) return false;
            int failures = context.Properties.GetValue(FailuresKey, 0);
            if (failures >= retries) return false;
            context.Properties.Set(FailuresKey, failures + 1);
            return true;
        }

        [ThreadStatic] private static Random? _jitter;
        private static Random Jitter => _jitter ??= new Random();

        /// <summary>Retry-After in either form (delta seconds or HTTP-date), never negative.</summary>
        internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
        {
            var header = response.Headers.RetryAfter;
            if (header == null)
            {
                // A value the typed parser rejected (e.g. "2.5"): read it by hand before giving up.
                if (response.Headers.TryGetValues("Retry-After", out var raw))
                {
                    foreach (string value in raw)
                        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0)
                            return TimeSpan.FromSeconds(seconds);
                }
                return null;
            }
            if (header.Delta.HasValue) return header.Delta.Value < TimeSpan.Zero ? TimeSpan.Zero : header.Delta.Value;
            if (header.Date.HasValue)
            {
                TimeSpan wait = header.Date.Value - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }
    }
}
