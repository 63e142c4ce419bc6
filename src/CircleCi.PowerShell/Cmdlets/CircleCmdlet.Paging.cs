using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pump;
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

                // From the second page on, a reader on the thread pool reads ahead (see PageReader).
                using var reader = new PageReader<T>(PagesAhead, Write);
                CircleSession session = CurrentSession;
                using CmdletPump pump = NewPump();
                pump.Finish(pump.Start((log, ct) =>
                    reader.ReadAsync(new CircleApi(session, log, ct), log, page, relativeUri, first, maxPages - 1, target)));
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
    }
}
