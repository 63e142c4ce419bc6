using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Core.Http
{
    public sealed partial class CircleHttp
    {
        /// <summary>GET a JSON resource. <paramref name="relativeUri"/> is relative to the v2 API root unless absolute.</summary>
        public Task<T> GetJsonAsync<T>(string relativeUri, JsonTypeInfo<T> typeInfo, ICircleLog log, CancellationToken cancellationToken,
            string? operation = null)
        {
            var request = new CircleRequest(HttpMethod.Get, _session.ResolveV2(relativeUri)) { Operation = operation };
            return SendForJsonAsync(request, typeInfo, log, cancellationToken);
        }

        /// <summary>Sends a JSON body (or none) and reads a JSON answer.</summary>
        public Task<T> SendJsonAsync<T>(HttpMethod method, string relativeUri, JsonNode? body, JsonTypeInfo<T> typeInfo,
            ICircleLog log, CancellationToken cancellationToken, string? operation = null, IReadOnlyList<string>? secrets = null)
        {
            var request = new CircleRequest(method, _session.ResolveV2(relativeUri))
            {
                Operation = operation,
                Secrets = secrets,
                JsonBody = body == null ? null : System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()),
            };
            return SendForJsonAsync(request, typeInfo, log, cancellationToken);
        }

        /// <summary>
        /// Reads every page of a list into memory (for work that runs several lists at once; streaming to the pipeline
        /// is the cmdlet base's WritePages). A page token that repeats ends it with CircleApi.PageTokenRepeated.
        /// </summary>
        public async Task<List<T>> GetAllPagesAsync<T>(string relativeUri, JsonTypeInfo<Models.PagedResponse<T>> typeInfo, ICircleLog log,
            CancellationToken cancellationToken, string? operation = null)
        {
            var items = new List<T>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? token = null;
            int pages = 0;
            do
            {
                string uri = token == null ? relativeUri : Query.Append(relativeUri, "page-token", token);
                var page = await GetJsonAsync(uri, typeInfo, log, cancellationToken, operation).ConfigureAwait(false);
                items.AddRange(page.Items);
                token = string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken;
                pages++;
                if (token != null && !seen.Add(token)) throw CircleApiException.PageTokenRepeated(relativeUri, pages, items.Count);
            }
            while (token != null);
            return items;
        }

        public async Task<T> SendForJsonAsync<T>(CircleRequest request, JsonTypeInfo<T> typeInfo, ICircleLog log, CancellationToken cancellationToken)
        {
            using HttpResponseMessage response = await SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            return await ReadJsonAsync(request, response, typeInfo, log).ConfigureAwait(false);
        }

        /// <summary>
        /// Reads the answer tolerantly (Core/Json/TolerantConverters): a value that does not fit its field leaves the field
        /// empty and is noted once per field in <paramref name="log"/>'s debug output, named by the request's operation.
        /// </summary>
        internal async Task<T> ReadJsonAsync<T>(CircleRequest request, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, ICircleLog log)
        {
            try
            {
                using Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                string operation = request.Operation ?? $"{request.Method} {request.Uri.AbsolutePath}";
                T? value = await ReadNotes.DeserializeAsync(stream, typeInfo, log, operation,
                    raw => Redactor.Text(raw, _session.Token.Reveal(), request.Secrets)).ConfigureAwait(false);
                if (value == null) throw new JsonException("The body was empty or null.");
                return value;
            }
            catch (JsonException ex)
            {
                throw new CircleApiException("CircleApi.InvalidResponse", System.Management.Automation.ErrorCategory.InvalidResult,
                    $"{request.Method} {request.Uri.AbsolutePath} answered {(int)response.StatusCode} with a body that is not the expected JSON: {ex.Message}",
                    null, response.StatusCode, request.Method.Method, request.Uri.AbsolutePath, ex);
            }
        }
    }
}
