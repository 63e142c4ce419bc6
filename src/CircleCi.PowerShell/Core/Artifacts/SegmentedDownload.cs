using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Http;

namespace CircleCi.PowerShell.Core.Artifacts
{
    /// <summary>
    /// One large artifact fetched as several byte ranges over several connections, because object stores cap what one
    /// connection gets. The first answer (a whole-body 200 that announced <c>Accept-Ranges: bytes</c>) is read as the
    /// first segment, so a file that turns out small costs no extra request. Each segment is written in place into a
    /// pre-sized temporary file through its own stream (positional writes without RandomAccess, which netstandard2.0
    /// lacks), and a segment whose body breaks off is asked again from the byte it reached. The caller renames the file
    /// only when every segment is complete.
    /// </summary>
    internal sealed class SegmentedDownload
    {
        internal const long DefaultThreshold = 16L * 1024 * 1024;
        internal const int MaxSegments = 8;
        /// <summary>Below this a segment's request costs more than the parallelism gains.</summary>
        internal const long MinSegmentBytes = 2L * 1024 * 1024;

        private readonly CircleSession _session;
        private readonly ICircleLog _log;
        private readonly PlannedDownload _item;
        private readonly string _temp;
        private readonly long _length;
        private readonly SemaphoreSlim _spareConnections;
        private readonly Action<long> _addBytes;
        private int _resumes;

        /// <param name="spareConnections">Shared by all downloads of a run: connections beyond each file's first.</param>
        /// <param name="addBytes">Adds to (or, with a negative count, takes back from) the run's progress.</param>
        public SegmentedDownload(CircleSession session, ICircleLog log, PlannedDownload item, string temp, long length,
            SemaphoreSlim spareConnections, Action<long> addBytes)
        {
            _session = session;
            _log = log;
            _item = item;
            _temp = temp;
            _length = length;
            _spareConnections = spareConnections;
            _addBytes = addBytes;
        }

        /// <summary>Whether a first answer is worth splitting: large enough, a known length, and ranges announced.</summary>
        public static bool Suits(HttpResponseMessage first, long threshold, out long length)
        {
            length = first.Content.Headers.ContentLength ?? -1;
            return threshold > 0 && length >= threshold && first.StatusCode == HttpStatusCode.OK
                && first.Headers.AcceptRanges.Contains("bytes", StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Fetches every segment into the temporary file. Returns the count of requests that resumed a segment, or null
        /// when the host answered a Range request with something else (the temporary file is then gone, and the caller
        /// fetches the file as one stream). A failure or cancellation deletes the temporary file and takes its bytes
        /// back off the progress bar.
        /// </summary>
        public async Task<int?> RunAsync(HttpResponseMessage first, CancellationToken ct)
        {
            Segment[] segments = Plan(_length);
            using (var create = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
                create.SetLength(_length);
            if (_log.IsVerboseEnabled)
                _log.Verbose($"{_item.Artifact.Path}: {_length} bytes in {segments.Length} ranges over as many connections.");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            Task[] running = segments.Select((s, i) => RunGuardedAsync(s, i == 0 ? first : null, stop)).ToArray();
            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
                return Volatile.Read(ref _resumes);
            }
            catch
            {
                _addBytes(-segments.Sum(s => s.Counted));
                WholeFile.DeleteQuietly(_temp);
                ct.ThrowIfCancellationRequested();
                Exception? failure = running.Select(t => t.Exception?.InnerException)
                    .FirstOrDefault(e => e != null && !(e is OperationCanceledException) && !(e is RangeIgnoredException));
                if (failure != null) ExceptionDispatchInfo.Capture(failure).Throw();
                if (running.Any(t => t.Exception?.InnerException is RangeIgnoredException))
                {
                    if (_log.IsVerboseEnabled) _log.Verbose($"{_item.Artifact.Path}: the host did not answer a Range request with that range; one stream instead.");
                    return null;
                }
                throw;
            }
        }

        /// <summary>Equal ranges of at least <see cref="MinSegmentBytes"/>, at most <see cref="MaxSegments"/>.</summary>
        internal static Segment[] Plan(long length)
        {
            int count = (int)Math.Max(1, Math.Min(MaxSegments, length / MinSegmentBytes));
            long size = (length + count - 1) / count;
            return Enumerable.Range(0, count).Select(i => new Segment(i * size, Math.Min(length, (i + 1) * size) - 1)).ToArray();
        }

        /// <summary>The first segment to fail stops the others: the file cannot be completed without it.</summary>
        private async Task RunGuardedAsync(Segment segment, HttpResponseMessage? first, CancellationTokenSource stop)
        {
            try
            {
                await RunSegmentAsync(segment, first, stop.Token).ConfigureAwait(false);
            }
            catch
            {
                first?.Dispose();
                stop.Cancel();
                throw;
            }
        }

        private async Task RunSegmentAsync(Segment segment, HttpResponseMessage? first, CancellationToken ct)
        {
            bool spare = first == null;
            if (spare) await _spareConnections.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                using var file = new FileStream(_temp, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1, useAsync: false);
                HttpResponseMessage? response = first;
                for (int attempts = 1; ; attempts++)
                {
                    if (response == null)
                    {
                        if (segment.Reached > segment.Start) Interlocked.Increment(ref _resumes);
                        response = await RequestRangeAsync(segment, ct).ConfigureAwait(false);
                    }
                    string? cutOff = null;
                    try
                    {
                        using Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                        file.Position = segment.Reached;
                        segment.Reached = await BodyCopy.CopyAsync(body, file, segment.Reached, segment.End + 1, _session.RequestTimeout,
                            reached => _addBytes(segment.Count(reached)), ct).ConfigureAwait(false);
                    }
                    catch (BodyReadException ex)
                    {
                        segment.Reached = ex.Written;
                        cutOff = ex.InnerException!.Message;
                    }
                    finally
                    {
                        // For the first segment this ends a longer body early: the connection is closed, not reused.
                        response.Dispose();
                        response = null;
                    }
                    if (cutOff == null && segment.Reached <= segment.End) cutOff = $"got {segment.Reached - segment.Start} of {segment.End - segment.Start + 1} bytes";
                    if (cutOff == null) return;
                    if (attempts > _session.MaxRetries) throw ArtifactDownloader.Incomplete(_item, cutOff, attempts, _session);
                    if (_log.IsVerboseEnabled)
                        _log.Verbose($"{_item.Artifact.Path}: range {segment.Start}-{segment.End} broke off at byte {segment.Reached} ({cutOff}); resuming from there.");
                    await Task.Delay(_session.RetryBaseDelay, ct).ConfigureAwait(false);
                }
            }
            finally
            {
                if (spare) _spareConnections.Release();
            }
        }

        /// <summary>GET of the rest of a segment, through the session's transport (retries; the token only for trusted hosts).</summary>
        private async Task<HttpResponseMessage> RequestRangeAsync(Segment segment, CancellationToken ct)
        {
            long from = segment.Reached;
            CircleRequest request = ArtifactDownloader.Request(_item.Uri, new RangeHeaderValue(from, segment.End));
            HttpResponseMessage response = await _session.Http.SendAsync(request, _log, ct).ConfigureAwait(false);
            ContentRangeHeaderValue? range = response.Content.Headers.ContentRange;
            if (response.StatusCode == HttpStatusCode.PartialContent && range?.From == from && range.To == segment.End
                && (range.Length ?? _length) == _length && response.Content.Headers.ContentLength == segment.End - from + 1)
                return response;
            response.Dispose();
            throw new RangeIgnoredException();
        }

        /// <summary>One byte range [Start, End] and how far it has been written; only its own task changes it.</summary>
        internal sealed class Segment
        {
            private long _counted;

            public Segment(long start, long end)
            {
                Start = start;
                End = end;
                Reached = start;
                _counted = start;
            }

            public long Start { get; }
            public long End { get; }
            public long Reached { get; set; }
            public long Counted => Interlocked.Read(ref _counted) - Start;

            /// <summary>The bytes written since the last call, for the shared progress count.</summary>
            public long Count(long reached) => reached - Interlocked.Exchange(ref _counted, reached);
        }

        /// <summary>A Range request answered with the whole body, another range, or a changed length.</summary>
        private sealed class RangeIgnoredException : Exception
        {
        }
    }
}
