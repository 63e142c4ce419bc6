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
                MaxRetryAttempts = s.retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = s.baseDelay,
                MaxDelay = s.wait,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(idempotent, args.Outcome)),
                DelayGenerator = args =>
                {
                    TimeSpan? retryAfter = args.Outcome.Result == null ? null : RetryAfter(args.Outcome.Result, DateTimeOffset.UtcNow);
                    if (retryAfter == null) return new ValueTask<TimeSpan?>((TimeSpan?)null);
                    return new ValueTask<TimeSpan?>(retryAfter.Value > s.wait ? s.wait : retryAfter.Value);
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
                            args.AttemptNumber + 1, s.retries, request.Method, request.Uri.AbsolutePath, why, args.RetryDelay.TotalSeconds));
                    }
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            };
            return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(options).Build();
        }

        private static bool ShouldRetry(bool idempotent, Outcome<HttpResponseMessage> outcome)
        {
            if (outcome.Result != null)
            {
                int code = (int)outcome.Result.StatusCode;
                if (code == 429) return true;
                return idempotent && (code == 408 || code == 500 || code == 502 || code == 503 || code == 504);
            }
            Exception? ex = outcome.Exception;
            if (ex == null || ex is OperationCanceledException || ex is CircleApiException) return false;
            return idempotent && (ex is HttpRequestException || ex is IOException || ex is AttemptTimeoutException);
        }

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
