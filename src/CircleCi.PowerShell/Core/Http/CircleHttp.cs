using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>
    /// The session's transport: one HttpClient (connection reuse), token only for trusted origins, own redirect
    /// handling, Polly retries, rate-limit pacing, -Verbose/-Debug logging with secrets redacted, and errors turned
    /// into <see cref="CircleApiException"/>. Thread-safe, so ForEach-Object -Parallel can share a session.
    /// </summary>
    public sealed partial class CircleHttp : IDisposable
    {
        internal const int MaxRedirects = 10;
        private const int MaxErrorBodyChars = 8 * 1024;
        private const int MaxDebugBodyChars = 16 * 1024;
        /// <summary>Connections to one host at once: above the largest fan-out (-ThrottleLimit, artifact ranges).</summary>
        internal const int MaxConnectionsPerServer = 32;

        private readonly CircleSession _session;
        private readonly HttpClient _client;
        private readonly RetryPipelines _retries;

        internal CircleHttp(CircleSession session, HttpMessageHandler? handler = null)
        {
            _session = session;
            _client = new HttpClient(handler ?? CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            _retries = new RetryPipelines(session);
        }

        private static HttpMessageHandler CreateHandler()
        {
#if NET8_0_OR_GREATER
            return new SocketsHttpHandler
            {
                // We follow redirects ourselves so the token can be dropped when the origin changes.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = MaxConnectionsPerServer,
                UseProxy = true,
            };
#else
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                UseProxy = true,
            };
            try
            {
                // .NET Framework's default is 2 a host (ServicePointManager), which would queue the fan-out behind 2 connections.
                handler.MaxConnectionsPerServer = MaxConnectionsPerServer;
            }
            catch (PlatformNotSupportedException)
            {
                // A runtime whose handler cannot set it keeps its own limit: slower, never broken.
            }
            return handler;
#endif
        }

        public void Dispose() => _client.Dispose();

        /// <summary>
        /// Sends the request with retries and redirects. Returns a successful response (or one accepted by
        /// <see cref="CircleRequest.AcceptStatus"/>); anything else becomes a CircleApiException.
        /// The caller owns the response.
        /// </summary>
        public async Task<HttpResponseMessage> SendAsync(CircleRequest request, ICircleLog log, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            ResiliencePipeline<HttpResponseMessage> pipeline = _retries.For(request);
            ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(RetryPipelines.LogKey, log);
            context.Properties.Set(RetryPipelines.RequestKey, request);
            HttpResponseMessage response;
            try
            {
                response = await pipeline.ExecuteAsync(
                    static async (ctx, state) =>
                    {
                        var (self, req, lg) = state;
                        // Only the API counts against CircleCI's rate limit (not artifact hosts).
                        if (!self._session.IsApiOrigin(req.Uri)) return await self.SendFollowingRedirectsAsync(req, lg, ctx.CancellationToken).ConfigureAwait(false);
                        try
                        {
                            await self._session.RateLimits.PaceAsync(self._session.MaxRetryWait, lg, ctx.CancellationToken).ConfigureAwait(false);
                            return await self.SendFollowingRedirectsAsync(req, lg, ctx.CancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            self._session.RateLimits.Complete();
                        }
                    },
                    context, (this, request, log)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (CircleApiException)
            {
                throw;
            }
            catch (AttemptTimeoutException ex)
            {
                throw new CircleApiException("CircleApi.Timeout", System.Management.Automation.ErrorCategory.OperationTimeout,
                    $"{request.Method} {Redactor.PathOnly(request.Uri)} did not answer within {_session.RequestTimeout.TotalSeconds:0} s.",
                    null, null, request.Method.Method, request.Uri.AbsolutePath, ex) { AnswerLost = MayHaveRun(request) };
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
            {
                int tries = RetryPipelines.Attempts(context);
                throw new CircleApiException("CircleApi.ConnectionFailed", System.Management.Automation.ErrorCategory.ConnectionError,
                    string.Format(CultureInfo.InvariantCulture, "{0} {1} failed after {2} {3} over {4:0.0} s: {5}", request.Method, Redactor.PathOnly(request.Uri),
                        tries, tries == 1 ? "attempt" : "attempts", watch.Elapsed.TotalSeconds, Redactor.Text(ex.Message, _session.Token.Reveal(), request.Secrets)),
                    null, null, request.Method.Method, request.Uri.AbsolutePath, ex) { AnswerLost = MayHaveRun(request) };
            }
            finally
            {
                int attempts = RetryPipelines.Attempts(context);
                ResilienceContextPool.Shared.Return(context);
                if (log.IsVerboseEnabled && attempts > 1)
                    log.Verbose(string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2} attempts in {3} ms.",
                        request.Method, request.Uri.AbsolutePath, attempts, watch.ElapsedMilliseconds));
            }

            WarnIfDeprecated(request, response, log);
            int status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode || (request.AcceptStatus != null && request.AcceptStatus(status)))
                return response;
            using (response)
            {
                throw await CreateErrorAsync(request, response).ConfigureAwait(false);
            }
        }

        /// <summary>A request not safe to repeat whose body went out before its answer was lost: the server may have run it.</summary>
        private static bool MayHaveRun(CircleRequest request) => !request.IsIdempotent && request.BodySent;

        /// <summary>One attempt: send, then follow up to <see cref="MaxRedirects"/> redirects ourselves.</summary>
        private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(CircleRequest request, ICircleLog log, CancellationToken cancellationToken)
        {
            request.ClearBodySent();
            Uri uri = request.Uri;
            HttpMethod method = request.Method;
            byte[]? body = request.JsonBody;
            bool sendToken = request.Authenticate && _session.IsTrustedOrigin(uri);
            if (request.Authenticate && !sendToken && log.IsVerboseEnabled)
                log.Verbose($"{Origin(uri)} is not a configured CircleCI host: the token is not sent there.");

            for (int hop = 0; ; hop++)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_session.RequestTimeout);
                var watch = Stopwatch.StartNew();
                HttpResponseMessage response;
                using (HttpRequestMessage message = BuildMessage(method, uri, body, sendToken, request))
                {
                    if (log.IsDebugEnabled) LogRequest(message, body, request.Secrets, log);
                    try
                    {
                        response = await _client.SendAsync(message,
                            request.BufferBody ? HttpCompletionOption.ResponseContentRead : HttpCompletionOption.ResponseHeadersRead,
                            timeout.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new AttemptTimeoutException(ex);
                    }
                }

                if (_session.IsApiOrigin(uri))
                {
                    DateTimeOffset now = DateTimeOffset.UtcNow;
                    _session.RateLimits.Observe(response.Headers, now);
                    _session.ServerClock.Observe(response.Headers.Date, now);
                }
                if (log.IsVerboseEnabled)
                    log.Verbose(string.Format(CultureInfo.InvariantCulture, "{0} {1} -> {2} {3} ({4} ms)",
                        method, Redactor.PathOnly(uri), (int)response.StatusCode, response.ReasonPhrase, watch.ElapsedMilliseconds));
                if (log.IsDebugEnabled) await LogResponseAsync(response, request.BufferBody, request.Secrets, log).ConfigureAwait(false);

                if (!IsRedirect(response.StatusCode) || response.Headers.Location == null) return response;
                if (hop >= MaxRedirects)
                {
                    response.Dispose();
                    throw new CircleApiException("CircleApi.TooManyRedirects", System.Management.Automation.ErrorCategory.InvalidResult,
                        $"{request.Method} {Redactor.PathOnly(request.Uri)} was redirected more than {MaxRedirects} times.",
                        null, null, request.Method.Method, request.Uri.AbsolutePath);
                }

                Uri next = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(uri, response.Headers.Location);
                if (sendToken && !SameOrigin(uri, next))
                {
                    // The rule: the token never follows a redirect to another scheme, host or port.
                    sendToken = false;
                    if (log.IsVerboseEnabled) log.Verbose($"Redirected to {Origin(next)}: another origin, so the token is not forwarded.");
                }
                int code = (int)response.StatusCode;
                if (code == 303 || ((code == 301 || code == 302) && method == HttpMethod.Post))
                {
                    method = HttpMethod.Get;
                    body = null;
                }
                response.Dispose();
                uri = next;
            }
        }

        private HttpRequestMessage BuildMessage(HttpMethod method, Uri uri, byte[]? body, bool sendToken, CircleRequest request)
        {
            var message = new HttpRequestMessage(method, uri);
            message.Headers.TryAddWithoutValidation("User-Agent", _session.UserAgent);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (sendToken) message.Headers.TryAddWithoutValidation("Circle-Token", _session.Token.Reveal());
            if (body != null)
            {
                message.Content = new SentTrackingContent(body, request);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }
            request.Configure?.Invoke(message);
            return message;
        }

        private static bool IsRedirect(HttpStatusCode status)
        {
            int code = (int)status;
            return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
        }

        internal static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

        internal static bool SameOrigin(Uri a, Uri b) =>
            string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port;

        private void WarnIfDeprecated(CircleRequest request, HttpResponseMessage response, ICircleLog log)
        {
            bool deprecated = response.Headers.TryGetValues("Deprecation", out var deprecation);
            bool sunset = response.Headers.TryGetValues("Sunset", out var sunsetValues);
            if (!deprecated && !sunset) return;
            string endpoint = request.Operation ?? (request.Method.Method + " " + request.Uri.AbsolutePath);
            if (!_session.MarkDeprecationWarned(endpoint)) return;
            var text = new StringBuilder("CircleCI marks ").Append(endpoint).Append(" as deprecated");
            if (sunset) text.Append("; it is to be removed on ").Append(string.Join(", ", sunsetValues!));
            text.Append(". Scripts that use it may stop working.");
            log.Warning(text.ToString());
        }

        private async Task<CircleApiException> CreateErrorAsync(CircleRequest request, HttpResponseMessage response)
        {
            string body = string.Empty;
            try
            {
                body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException || ex is HttpRequestException)
            {
                body = string.Empty; // a cut-off error body: the status code still tells what happened
            }
            if (body.Length > MaxErrorBodyChars) body = body.Substring(0, MaxErrorBodyChars);
            string? apiMessage = ApiErrorParser.ExtractMessage(body, response.Content.Headers.ContentType?.MediaType);
            var (errorId, category) = CircleApiException.Classify(response.StatusCode);
            string path = request.Uri.AbsolutePath;
            string reason = apiMessage ?? ApiErrorParser.DescribeNonJson(body, response.Content.Headers.ContentType?.MediaType);
            string message = string.Format(CultureInfo.InvariantCulture, "{0} {1} failed with {2} {3}: {4}",
                request.Method, path, (int)response.StatusCode, response.ReasonPhrase, reason);
            message = ApiErrorParser.AddHint(message, (int)response.StatusCode, apiMessage, _session.Token.Kind);
            var error = new CircleApiException(errorId, category, Redactor.Text(message, _session.Token.Reveal(), request.Secrets),
                apiMessage == null ? null : Redactor.Text(apiMessage, _session.Token.Reveal(), request.Secrets),
                response.StatusCode, request.Method.Method, path);
            error.RetryAfter = RetryPipelines.RetryAfter(response, DateTimeOffset.UtcNow);
            return error;
        }

        private void LogRequest(HttpRequestMessage message, byte[]? body, IReadOnlyList<string>? secrets, ICircleLog log)
        {
            string token = _session.Token.Reveal();
            var text = new StringBuilder();
            text.Append("HTTP request ").Append(message.Method).Append(' ').Append(Redactor.Text(message.RequestUri!.ToString(), token)).Append('\n');
            text.Append(Redactor.Headers(message.Headers, message.Content?.Headers, token));
            if (body != null) text.Append(Truncate(Redactor.Text(Encoding.UTF8.GetString(body), token, secrets)));
            log.Debug(text.ToString());
        }

        private async Task LogResponseAsync(HttpResponseMessage response, bool buffered, IReadOnlyList<string>? secrets, ICircleLog log)
        {
            string token = _session.Token.Reveal();
            var text = new StringBuilder();
            text.Append("HTTP response ").Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase).Append('\n');
            text.Append(Redactor.Headers(response.Headers, response.Content?.Headers, token));
            string? mediaType = response.Content?.Headers.ContentType?.MediaType;
            bool textual = mediaType == null || mediaType.Contains("json") || mediaType.StartsWith("text/", StringComparison.Ordinal);
            if (buffered && textual && response.Content != null)
            {
                try
                {
                    text.Append(Truncate(Redactor.Text(await response.Content.ReadAsStringAsync().ConfigureAwait(false), token, secrets)));
                }
                catch (Exception ex) when (ex is IOException || ex is HttpRequestException)
                {
                    text.Append("(body could not be read: ").Append(ex.GetType().Name).Append(')');
                }
            }
            log.Debug(text.ToString());
        }

        private static string Truncate(string text) =>
            text.Length <= MaxDebugBodyChars ? text : text.Substring(0, MaxDebugBodyChars) + "... (" + text.Length + " characters)";
    }

    /// <summary>One attempt ran past the session's RequestTimeout (as opposed to the user pressing Ctrl+C).</summary>
    internal sealed class AttemptTimeoutException : Exception
    {
        public AttemptTimeoutException(Exception inner) : base("The request timed out.", inner) { }
    }
}
