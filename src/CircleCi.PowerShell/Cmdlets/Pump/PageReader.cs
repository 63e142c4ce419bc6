using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Pump
{
    /// <summary>
    /// The paging read-ahead: on the thread pool, asks for each page as soon as the one before it has arrived (page
    /// tokens are sequential), at most <see cref="Ahead"/> pages ahead of the page the pipeline thread is writing, and
    /// posts each as a <see cref="PageMessage{T}"/>. When the pipeline thread started each request itself, every page
    /// waited for two thread wake-ups, which on a busy 2-core machine was the larger part of a 0 ms listing.
    /// </summary>
    internal sealed class PageReader<T> : IDisposable
    {
        private readonly SemaphoreSlim _slots;
        private readonly Action<PagedResponse<T>> _write;

        /// <param name="write">Writes one page; runs on the pipeline thread.</param>
        public PageReader(int ahead, Action<PagedResponse<T>> write)
        {
            Ahead = ahead;
            _slots = new SemaphoreSlim(ahead);
            _write = write;
        }

        public int Ahead { get; }

        /// <summary>Fetches the pages after <paramref name="first"/>, at most <paramref name="maxPages"/>. A page token that
        /// repeats ends the listing with a CircleApi.PageTokenRepeated error, after the page that sent it.</summary>
        public async Task<bool> ReadAsync(CircleApi api, CmdletLog log, Func<CircleApi, string?, Task<PagedResponse<T>>> fetch,
            string what, PagedResponse<T> first, int maxPages, object? target)
        {
            string? token = first.NextPageToken;
            var seen = new HashSet<string>(StringComparer.Ordinal) { token! };
            int pages = 1, items = first.Items.Count;
            for (int read = 0; token != null && read < maxPages; read++)
            {
                await _slots.WaitAsync(api.Cancellation).ConfigureAwait(false);
                PagedResponse<T> page = await fetch(api, token).ConfigureAwait(false);
                pages++;
                items += page.Items.Count;
                log.Post(new PageMessage<T>(this, page));
                token = string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken;
                if (token != null && !seen.Add(token))
                {
                    log.Error(CircleCmdlet.ToErrorRecord(CircleApiException.PageTokenRepeated(what, pages, items), target));
                    break;
                }
            }
            return true;
        }

        /// <summary>On the pipeline thread: frees the page's slot (the reader may ask for one more) and writes it.</summary>
        internal void Deliver(PagedResponse<T> page)
        {
            _slots.Release();
            _write(page);
        }

        public void Dispose() => _slots.Dispose();
    }

    /// <summary>A page the read-ahead fetched, typed as its listing's items.</summary>
    internal sealed class PageMessage<T> : PumpMessage
    {
        private readonly PageReader<T> _reader;

        public PageMessage(PageReader<T> reader, PagedResponse<T> page)
        {
            _reader = reader;
            Page = page;
        }

        public PagedResponse<T> Page { get; }

        internal override void WriteTo(IPumpWriter writer) => _reader.Deliver(Page);
    }
}
