using System;
using System.Collections.Generic;
using System.Net.Http;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>One logical API call. The core rebuilds an HttpRequestMessage from it for every attempt and hop.</summary>
    public sealed class CircleRequest
    {
        public CircleRequest(HttpMethod method, Uri uri)
        {
            Method = method;
            Uri = uri;
        }

        public HttpMethod Method { get; }
        public Uri Uri { get; }
        /// <summary>UTF-8 JSON body, or null.</summary>
        public byte[]? JsonBody { get; set; }
        /// <summary>False for presigned URLs (step logs, artifacts elsewhere) that must never see the token.</summary>
        public bool Authenticate { get; set; } = true;
        /// <summary>Read the whole body inside the retry loop, so a cut-off body is retried like a failed request.</summary>
        public bool BufferBody { get; set; } = true;
        /// <summary>Names the endpoint for once-per-endpoint warnings (Deprecation/Sunset); defaults to the path.</summary>
        public string? Operation { get; set; }
        /// <summary>Extra request headers (e.g. Range for resumed downloads).</summary>
        public Action<HttpRequestMessage>? Configure { get; set; }
        /// <summary>Treat this status as a success instead of an error (e.g. 416 on a resume, 404 on an existence check).</summary>
        public Func<int, bool>? AcceptStatus { get; set; }
        /// <summary>Secret values this request carries (env var values, webhook signing secrets): -Debug output and
        /// error texts replace every literal occurrence, whatever field or shape they are sent in.</summary>
        public IReadOnlyList<string>? Secrets { get; set; }

        private int _bodySent;

        /// <summary>The body of the latest attempt began to go out (see <see cref="SentTrackingContent"/>): from then on
        /// a lost answer leaves it unknown whether the server carried the request out.</summary>
        internal bool BodySent => System.Threading.Volatile.Read(ref _bodySent) != 0;

        internal void MarkBodySent() => System.Threading.Volatile.Write(ref _bodySent, 1);

        /// <summary>A new attempt: an earlier one that was refused unprocessed (429) says nothing about this one.</summary>
        internal void ClearBodySent() => System.Threading.Volatile.Write(ref _bodySent, 0);

        internal bool IsIdempotent =>
            Method == HttpMethod.Get || Method == HttpMethod.Head || Method == HttpMethod.Put || Method == HttpMethod.Delete
            || Method == HttpMethod.Options;
    }
}
