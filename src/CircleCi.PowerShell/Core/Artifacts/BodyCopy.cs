using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CircleCi.PowerShell.Core.Artifacts
{
    /// <summary>Copies a download body into a file, telling where a cut-off body stopped so it can be resumed there.</summary>
    internal static class BodyCopy
    {
        private const int BufferSize = 81920;

        /// <summary>
        /// Copies until the end of the body, or until <paramref name="limit"/> bytes of the file are written (a segment
        /// read from a longer body); a stall longer than <paramref name="idleTimeout"/> ends it. Returns the new written
        /// count; a body that breaks off throws <see cref="BodyReadException"/> with the count reached.
        /// </summary>
        public static async Task<long> CopyAsync(Stream body, FileStream file, long written, long limit, TimeSpan idleTimeout,
            Action<long> progress, CancellationToken ct)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
                while (written < limit)
                {
                    int read;
                    idle.CancelAfter(idleTimeout);
                    try
                    {
                        read = await body.ReadAsync(buffer, 0, (int)Math.Min(BufferSize, limit - written), idle.Token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (!ct.IsCancellationRequested && (ex is IOException || ex is HttpRequestException || ex is OperationCanceledException))
                    {
                        throw new BodyReadException(written, ex);
                    }
                    if (read == 0) return written;
                    // Written synchronously: off Windows, .NET has no asynchronous file write (an async one is the same
                    // write queued to another pool thread, a hop per chunk), and a chunk goes to the page cache in
                    // microseconds. The stream does no buffering of its own (bufferSize 1): chunks are already 80 KB.
                    file.Write(buffer, 0, read);
                    written += read;
                    progress(written);
                }
                return written;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>The body broke off after <see cref="Written"/> bytes (counted from the start of the file).</summary>
    internal sealed class BodyReadException : Exception
    {
        public BodyReadException(long written, Exception inner) : base(inner.Message, inner) => Written = written;
        public long Written { get; }
    }
}
