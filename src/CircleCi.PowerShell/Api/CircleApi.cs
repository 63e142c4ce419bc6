using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    /// <summary>
    /// The typed CircleCI API over one session's HTTP core: one client per API area (<see cref="Pipelines"/>,
    /// <see cref="Jobs"/>, ...), one method per operation. Made for one piece of work: it carries that work's log and
    /// cancellation, so the area methods take only the operation's own parameters.
    /// </summary>
    public sealed partial class CircleApi
    {
        internal CircleApi(CircleSession session, ICircleLog log, CancellationToken cancellation)
        {
            Session = session;
            Log = log;
            Cancellation = cancellation;
        }

        internal CircleSession Session { get; }
        internal ICircleLog Log { get; }
        internal CancellationToken Cancellation { get; }
        internal CircleHttp Http => Session.Http;

        private Uri Resolve(ApiPath path) =>
            path.Route.Version == ApiVersion.V2 ? Session.ResolveV2(path.Relative) : Session.ResolveV1(path.Relative);

        private CircleRequest Request(ApiPath path) => new CircleRequest(path.Route.Method, Resolve(path)) { Operation = path.Route.Name };

        /// <summary>Sends the call with no body and reads the JSON answer.</summary>
        internal Task<T> CallAsync<T>(ApiPath path, JsonTypeInfo<T> answer) =>
            Http.SendForJsonAsync(Request(path), answer, Log, Cancellation);

        /// <summary>Sends a typed body, serialised by its source-generated context, and reads the JSON answer.
        /// <paramref name="secrets"/> are plain values the body carries: redacted from -Debug output and error texts.</summary>
        internal Task<T> CallAsync<TBody, T>(ApiPath path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> answer,
            IReadOnlyList<string>? secrets = null)
        {
            CircleRequest request = Request(path);
            request.JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
            request.Secrets = secrets;
            return Http.SendForJsonAsync(request, answer, Log, Cancellation);
        }

        /// <summary>Sends the call and returns the raw response (the caller owns it), for answers that are not JSON
        /// or whose status decides the result (<paramref name="configure"/> may accept a status).</summary>
        internal Task<HttpResponseMessage> SendAsync(ApiPath path, Action<CircleRequest>? configure = null)
        {
            CircleRequest request = Request(path);
            configure?.Invoke(request);
            return Http.SendAsync(request, Log, Cancellation);
        }

        /// <summary>
        /// Reads every page of a list into memory (for work that runs several lists at once; streaming to the pipeline
        /// is the cmdlet base's WritePages). A page token that repeats ends it with CircleApi.PageTokenRepeated.
        /// </summary>
        internal async Task<List<T>> AllPagesAsync<T>(Func<string?, Task<PagedResponse<T>>> page, string what)
        {
            var items = new List<T>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? token = null;
            int pages = 0;
            do
            {
                PagedResponse<T> current = await page(token).ConfigureAwait(false);
                items.AddRange(current.Items);
                token = string.IsNullOrEmpty(current.NextPageToken) ? null : current.NextPageToken;
                pages++;
                if (token != null && !seen.Add(token)) throw CircleApiException.PageTokenRepeated(what, pages, items.Count);
            }
            while (token != null);
            return items;
        }

        /// <summary>A URL CircleCI handed out (step output, artifacts, usage files): sent without the token unless it
        /// points at a trusted CircleCI host.</summary>
        internal Task<T> GetUrlAsync<T>(Uri url, string operation, JsonTypeInfo<T> answer) =>
            Http.SendForJsonAsync(new CircleRequest(HttpMethod.Get, url) { Authenticate = false, Operation = operation }, answer, Log, Cancellation);
    }
}
