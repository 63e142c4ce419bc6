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
