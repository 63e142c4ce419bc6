using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Artifacts
{
    /// <summary>One file to fetch: the artifact and where it goes (already checked by <see cref="ArtifactPath"/>).</summary>
    internal sealed class PlannedDownload
    {
        public PlannedDownload(Artifact artifact, Uri uri, string destination, string fullPath)
        {
            Artifact = artifact;
            Uri = uri;
            Destination = destination;
            FullPath = fullPath;
        }

        public Artifact Artifact { get; }
        public Uri Uri { get; }
        public string Destination { get; }
        public string FullPath { get; }
    }

    /// <summary>
    /// Downloads artifacts several at once through the session's <see cref="CircleHttp"/> (retries, redirects, token
    /// only for trusted origins). Each body streams to a temporary file beside the target, which is renamed only when
    /// its length matches Content-Length; a cut-off body is resumed with a Range request (or restarted), and a
    /// failure or cancellation deletes the temporary file. A large file on a host that takes Range requests is fetched
    /// in segments over several connections (<see cref="SegmentedDownload"/>). Thread-safe counters feed one progress bar.
    /// </summary>
    internal sealed class ArtifactDownloader
    {
        internal const string TempSuffix = ".circle-part";
        /// <summary>Connections a run may open beyond one per file, for the segments of large files.</summary>
        private const int SpareConnections = 16;

        private readonly CircleSession _session;
        private readonly ICircleLog _log;
        private readonly bool _force;
        private readonly SemaphoreSlim _spareConnections = new SemaphoreSlim(SpareConnections);
        private long _bytesDone;
        private int _filesDone;

        public ArtifactDownloader(CircleSession session, ICircleLog log, bool force)
        {
            _session = session;
            _log = log;
            _force = force;
        }

        public long BytesDone => Interlocked.Read(ref _bytesDone);
        public int FilesDone => Volatile.Read(ref _filesDone);

        /// <summary>Runs every download with at most <paramref name="throttle"/> at once; one failure does not stop the others.</summary>
        public async Task RunAsync(IReadOnlyList<PlannedDownload> items, int throttle, Action<ArtifactDownload> onDone,
            Action<PlannedDownload, Exception> onFailed, CancellationToken ct)
        {
            await Concurrently.MapAsync(items, throttle, async item =>
            {
                try
                {
                    onDone(await DownloadAsync(item, ct).ConfigureAwait(false));
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
                {
                    onFailed(item, ex);
                }
                finally
                {
                    Interlocked.Increment(ref _filesDone);
                }
                return true;
            }, ct).ConfigureAwait(false);
        }

        public async Task<ArtifactDownload> DownloadAsync(PlannedDownload item, CancellationToken ct)
        {
            var watch = Stopwatch.StartNew();
            string? link = ArtifactPath.FindLinkOutside(item.Destination, item.FullPath);
            if (link != null)
                throw new CircleApiException("CircleArtifact.LinkInPath", ErrorCategory.SecurityError,
                    $"Artifact '{item.Artifact.Path}' was not saved: '{link}' is a link, and writing through it could leave the destination folder.");
            Directory.CreateDirectory(Path.GetDirectoryName(item.FullPath)!);

            string temp = item.FullPath + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + TempSuffix;
            FileStream? file = null;
            bool moved = false;
            long written = 0, counted = 0;
            long? total = null;
            int attempts = 0;
            bool resumed = false;
            try
            {
                while (true)
                {
                    attempts++;
                    long from = written;
                    CircleRequest request = Request(item.Uri, from > 0 ? new RangeHeaderValue(from, null) : null);
                    using HttpResponseMessage response = await _session.Http.SendAsync(request, _log, ct).ConfigureAwait(false);
                    long? length = response.Content.Headers.ContentLength;
                    if (attempts == 1 && !_force && length.HasValue && File.Exists(item.FullPath) && new FileInfo(item.FullPath).Length == length.Value)
                        return Result(item, "Skipped", length.Value, attempts, false, watch);
                    if (attempts == 1 && SegmentedDownload.Suits(response, _session.ArtifactSegmentThreshold, out long size))
                    {
                        var segmented = new SegmentedDownload(_session, _log, item, temp, size, _spareConnections, bytes => Interlocked.Add(ref _bytesDone, bytes));
                        int? resumes = await segmented.RunAsync(response, ct).ConfigureAwait(false);
                        if (resumes.HasValue)
                        {
                            WholeFile.MoveIntoPlace(temp, item.FullPath);
                            moved = true;
                            return Result(item, "Downloaded", size, 1 + resumes.Value, resumes.Value > 0, watch);
                        }
                        continue; // the host ignored a Range request after all: one stream from the start
                    }

                    ContentRangeHeaderValue? range = response.Content.Headers.ContentRange;
                    if (from > 0 && response.StatusCode == HttpStatusCode.PartialContent && range?.From == from)
                    {
                        resumed = true;
                        total = range.Length ?? (length.HasValue ? from + length.Value : total);
                    }
                    else
                    {
                        // A full answer (the server ignored Range, or this is the first try): start over.
                        written = 0;
                        total = length;
                    }
                    file ??= new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: false);
                    file.SetLength(written);
                    file.Position = written;
                    Count(ref counted, written);

                    string? cutOff = null;
                    try
                    {
                        using Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                        written = await BodyCopy.CopyAsync(body, file, written, long.MaxValue, _session.RequestTimeout, c => Count(ref counted, c), ct).ConfigureAwait(false);
                    }
                    catch (BodyReadException ex)
                    {
                        written = ex.Written;
                        cutOff = ex.InnerException!.Message;
                    }
                    if (cutOff == null && total.HasValue && written != total.Value)
                        cutOff = $"got {written} of {total.Value} bytes";
                    if (cutOff == null) break;
                    if (attempts > _session.MaxRetries) throw Incomplete(item, cutOff, attempts, _session);
                    if (_log.IsVerboseEnabled)
                        _log.Verbose($"{item.Artifact.Path}: the body broke off at {written} bytes ({cutOff}); resuming.");
                    await Task.Delay(_session.RetryBaseDelay, ct).ConfigureAwait(false);
                }

                await file.FlushAsync(ct).ConfigureAwait(false);
                file.Dispose();
                file = null;
                WholeFile.MoveIntoPlace(temp, item.FullPath);
                moved = true;
                return Result(item, "Downloaded", written, attempts, resumed, watch);
            }
            catch
            {
                Count(ref counted, 0); // take this file's bytes back off the progress bar
                throw;
            }
            finally
            {
                file?.Dispose();
                if (!moved) WholeFile.DeleteQuietly(temp);
            }
        }

        private void Count(ref long counted, long nowWritten)
        {
            Interlocked.Add(ref _bytesDone, nowWritten - counted);
            counted = nowWritten;
        }

        /// <summary>A GET of an artifact's bytes (or of the range given) through the session's transport.</summary>
        internal static CircleRequest Request(Uri uri, RangeHeaderValue? range) =>
            new CircleRequest(HttpMethod.Get, uri)
            {
                BufferBody = false,
                Operation = "artifact download",
                Configure = message =>
                {
                    message.Headers.Accept.Clear();
                    message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
                    message.Headers.Range = range;
                },
            };

        internal static CircleApiException Incomplete(PlannedDownload item, string cutOff, int attempts, CircleSession session) =>
            new CircleApiException("CircleArtifact.Incomplete", ErrorCategory.ConnectionError,
                $"Artifact '{item.Artifact.Path}' was not saved: the download broke off ({Redactor.Text(cutOff, session.Token.Reveal())}) after {attempts} attempts.");

        private static ArtifactDownload Result(PlannedDownload item, string status, long size, int attempts, bool resumed, Stopwatch watch) =>
            new ArtifactDownload
            {
                Path = item.Artifact.Path,
                FilePath = item.FullPath,
                Size = size,
                Status = status,
                NodeIndex = item.Artifact.NodeIndex,
                ProjectSlug = item.Artifact.ProjectSlug,
                JobNumber = item.Artifact.JobNumber,
                Attempts = attempts,
                Resumed = resumed,
                Duration = watch.Elapsed,
                Url = item.Artifact.Url,
            };
    }
}
