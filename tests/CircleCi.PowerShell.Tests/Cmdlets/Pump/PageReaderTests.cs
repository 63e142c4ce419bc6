using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pump;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Cmdlets.Pump
{
    public class PageReaderTests
    {
        /// <summary>Pages 2..10 of a listing, page n holding the item n and pointing to page n+1.</summary>
        private static Task<PagedResponse<int>> Fetch(ConcurrentQueue<string> asked, string? token)
        {
            asked.Enqueue(token!);
            int n = int.Parse(token!);
            return Task.FromResult(new PagedResponse<int> { Items = new List<int> { n }, NextPageToken = n < 10 ? (n + 1).ToString() : null });
        }

        private static bool WaitFor(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!condition() && DateTime.UtcNow < deadline) Thread.Sleep(5);
            return condition();
        }

        [Fact]
        public void Reads_at_most_Ahead_pages_ahead_of_the_pipeline_then_writes_every_page_once_in_order()
        {
            var asked = new ConcurrentQueue<string>();
            var written = new List<int>();
            using var session = new CircleSession(new CircleToken("test-token"), "http://127.0.0.1:9", "test", "test", "7.6.9");
            using var pump = new CmdletPump(new RecordingWriter(), false, false, CancellationToken.None);
            using var reader = new PageReader<int>(2, page => written.AddRange(page.Items));
            var first = new PagedResponse<int> { Items = new List<int> { 1 }, NextPageToken = "2" };

            Task<bool> reading = pump.Start((log, ct) =>
                reader.ReadAsync(new CircleApi(session, log, ct), log, (api, token) => Fetch(asked, token), "things", first, int.MaxValue, null));

            Assert.True(WaitFor(() => asked.Count == 2));
            Thread.Sleep(100);   // nothing has been written, so the reader must still be waiting for a slot
            Assert.Equal(new[] { "2", "3" }, asked);

            pump.WriteQueued();  // the pipeline takes pages 2 and 3: two more may be read
            Assert.True(WaitFor(() => asked.Count == 4));
            Thread.Sleep(50);
            Assert.Equal(4, asked.Count);

            pump.Finish(reading);
            Assert.Equal(Enumerable.Range(2, 9), written);
            Assert.Equal(Enumerable.Range(2, 9).Select(n => n.ToString()), asked);
        }

        [Fact]
        public void A_repeated_page_token_ends_the_listing_with_an_error_after_the_page_that_sent_it()
        {
            var writer = new RecordingWriter();
            var written = new List<int>();
            using var session = new CircleSession(new CircleToken("test-token"), "http://127.0.0.1:9", "test", "test", "7.6.9");
            using var pump = new CmdletPump(writer, false, false, CancellationToken.None);
            using var reader = new PageReader<int>(2, page => written.AddRange(page.Items));
            var first = new PagedResponse<int> { Items = new List<int> { 1 }, NextPageToken = "a" };

            pump.Finish(pump.Start((log, ct) => reader.ReadAsync(new CircleApi(session, log, ct), log,
                (api, token) => Task.FromResult(new PagedResponse<int> { Items = new List<int> { 2 }, NextPageToken = "a" }), "things", first, int.MaxValue, null)));

            Assert.Equal(new[] { 2 }, written);
            Assert.Equal(new[] { "Error:CircleApi.PageTokenRepeated" }, writer.Writes);
        }
    }
}
