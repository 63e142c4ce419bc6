using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets
{
    public abstract partial class CircleCmdlet
    {
        /// <summary>How many pages the background reader may fetch ahead of the page the pipeline is writing.</summary>
        internal const int PagesAhead = 2;

        /// <summary>
        /// Streams every page of a CircleCI list to the pipeline as it arrives. Because WriteObject throws once the
        /// downstream command is satisfied (Select-Object -First), no further page is requested after that (the
        /// reader may already have asked for up to PagesAhead pages; they are cancelled).
        /// A page token that repeats ends the listing with an error instead of looping.
        /// </summary>
        internal void WritePages<T>(Func<CircleApi, string?, Task<PagedResponse<T>>> page, string what, object? target,
            Action<T>? onItem = null, int maxPages = int.MaxValue, string? activity = null, Func<T, bool>? filter = null)
        {
            string relativeUri = what;
            int pages = 0, items = 0;
            var sinceProgress = System.Diagnostics.Stopwatch.StartNew();
            bool progressShown = false;
            var progress = new ProgressRecord(Math.Abs((activity ?? relativeUri).GetHashCode() % 100000) + 1, activity ?? "Listing " + relativeUri, "Page 1");

            void Write(PagedResponse<T> page)
            {
                pages++;
                foreach (T item in page.Items)
                {
                    if (filter != null && !filter(item)) continue;
                    onItem?.Invoke(item);
                    WriteObject(item);
                    items++;
                }
                // Only long listings show progress, and at most a few times a second: WriteProgress is not free.
                if (pages >= 3 && sinceProgress.ElapsedMilliseconds >= 250)
                {
                    progress.StatusDescription = $"Page {pages + 1} ({items} items so far)";
                    WriteProgress(progress);
                    progressShown = true;
                    sinceProgress.Restart();
                }
            }

            try
            {
                // The first page alone, so that `Select-Object -First 3` sends one request.
                PagedResponse<T> first = Run(api => page(api, null));
                Write(first);
                string? token = string.IsNullOrEmpty(first.NextPageToken) ? null : first.NextPageToken;
                if (token == null || maxPages <= 1) return;

                // From the second page on, a reader on the thread pool asks for each page as soon as the one before
                // it has arrived (page tokens are sequential), up to PagesAhead pages ahead of the pipeline. When the
                // pipeline thread started each request itself, every page waited for two thread wake-ups, which on a
                // busy 2-core machine was the larger part of a 0 ms listing; now only the reader is on that path.
                using var slots = new SemaphoreSlim(PagesAhead);
                Started<bool> reader = Start((session, log, ct) =>
                    ReadPagesAsync(new CircleApi(session, log, ct), log, page, relativeUri, first, maxPages - 1, slots, target, ct));
                Finish(reader, message =>
                {
                    if (message.Kind != CmdletLog.Kind.Page)
                    {
                        WriteLogMessage(message);
                        return;
                    }
                    slots.Release();
                    Write((PagedResponse<T>)message.Payload);
                });
            }
            finally
            {
                if (progressShown)
                {
                    progress.RecordType = ProgressRecordType.Completed;
                    WriteProgress(progress);
                }
            }
        }

        /// <summary>Fetches the pages after the first, one after another, handing each to the pipeline thread. A page
        /// token that repeats ends the listing with a CircleApi.PageTokenRepeated error, after the page that sent it.</summary>
        private static async Task<bool> ReadPagesAsync<T>(CircleApi api, CmdletLog log, Func<CircleApi, string?, Task<PagedResponse<T>>> fetch,
            string relativeUri, PagedResponse<T> first, int maxPages, SemaphoreSlim slots, object? target, CancellationToken ct)
        {
            string? token = first.NextPageToken;
            var seen = new HashSet<string>(StringComparer.Ordinal) { token! };
            int pages = 1, items = first.Items.Count;
            for (int read = 0; token != null && read < maxPages; read++)
            {
                await slots.WaitAsync(ct).ConfigureAwait(false);
                PagedResponse<T> page = await fetch(api, token).ConfigureAwait(false);
                pages++;
                items += page.Items.Count;
                log.Page(page);
                token = string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken;
                if (token != null && !seen.Add(token))
                {
                    log.Error(ToErrorRecord(CircleApiException.PageTokenRepeated(relativeUri, pages, items), target));
                    break;
                }
            }
            return true;
        }
    }
}
