using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>
    /// A request body that marks its request as sent when the handler starts writing it. The handler writes the body
    /// only once a connection stands and the headers went out, so a failure before that (connection refused, DNS) left
    /// the server untouched, while after it the server may have carried the request out even if no answer came back.
    /// </summary>
    internal sealed class SentTrackingContent : ByteArrayContent
    {
        private readonly CircleRequest _request;

        public SentTrackingContent(byte[] body, CircleRequest request) : base(body) => _request = request;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            _request.MarkBodySent();
            return base.SerializeToStreamAsync(stream, context);
        }
#if NET8_0_OR_GREATER
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, System.Threading.CancellationToken cancellationToken)
        {
            _request.MarkBodySent();
            return base.SerializeToStreamAsync(stream, context, cancellationToken);
        }

        protected override void SerializeToStream(Stream stream, TransportContext? context, System.Threading.CancellationToken cancellationToken)
        {
            _request.MarkBodySent();
            base.SerializeToStream(stream, context, cancellationToken);
        }
#endif
    }
}
