using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using CircleCi.Emulator.State;
using Microsoft.Net.Http.Headers;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Serves artifact bytes on the second listener (and the third, the usual redirect target): GET/HEAD
/// /artifacts/{id}/{name}, with Content-Length, Accept-Ranges and single "bytes=N-" / "bytes=N-M" ranges (206, 416).
/// Bodies are generated while they stream, so hundreds of MB cost no memory. With a per-connection cap set
/// (POST /_emulator/bandwidth), each body is paced to that rate, as object stores cap what one connection gets.
/// </summary>
public static class ArtifactHost
{
    public const string Route = "/artifacts/{id}/{**name}";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapMethods(Route, new[] { "GET", "HEAD" }, (HttpContext ctx, string id) => ServeAsync(ctx, state, id));
    }

    private static async Task ServeAsync(HttpContext ctx, EmulatorState state, string id)
    {
        var res = ctx.Response;
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || state.Artifacts.Find(n) is not { } artifact)
        {
            await Json.WriteErrorAsync(ctx, 404, "Artifact not found");
            return;
        }
        long length = artifact.Length, from = 0, to = length - 1;
        res.ContentType = "application/octet-stream";
        if (!artifact.NoRange)
        {
            res.Headers.AcceptRanges = "bytes";
            if (TryParseRange(ctx.Request.Headers.Range.ToString(), length, out var start, out var end, out var unsatisfiable))
            {
                if (unsatisfiable)
                {
                    res.StatusCode = 416;
                    res.Headers.ContentRange = $"bytes */{length}";
                    return;
                }
                (from, to) = (start, end);
                res.StatusCode = 206;
                res.Headers.ContentRange = $"bytes {from}-{to}/{length}";
            }
        }
        res.ContentLength = to - from + 1;
        if (HttpMethods.IsHead(ctx.Request.Method)) return;

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var pace = new ConnectionPace(state.Artifacts.BytesPerSecondPerConnection);
        try
        {
            for (var at = from; at <= to;)
            {
                var count = (int)Math.Min(buffer.Length, to - at + 1);
                artifact.Fill(at, buffer.AsSpan(0, count));
                await res.Body.WriteAsync(buffer.AsMemory(0, count), ctx.RequestAborted);
                at += count;
                await pace.SentAsync(count, ctx.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away (Ctrl+C, or it skipped the file after reading the headers).
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One range of the "bytes=" unit; anything else is ignored (a full 200), as servers do.</summary>
    internal static bool TryParseRange(string header, long length, out long from, out long to, out bool unsatisfiable)
    {
        from = 0;
        to = length - 1;
        unsatisfiable = false;
        if (!RangeHeaderValue.TryParse(header, out var range) || range.Unit != "bytes" || range.Ranges.Count != 1) return false;
        var item = range.Ranges.First();
        if (item.From is { } start)
        {
            if (start >= length) return unsatisfiable = true;
            from = start;
            to = Math.Min(item.To ?? length - 1, length - 1);
            return to >= from || (unsatisfiable = true);
        }
        if (item.To is { } suffix && suffix > 0)
        {
            from = Math.Max(0, length - suffix);
            return true;
        }
        return false;
    }

    /// <summary>Holds one body to a rate: after each chunk, waits until the clock catches up with the bytes sent.</summary>
    private sealed class ConnectionPace(long bytesPerSecond)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _sent;

        public Task SentAsync(int count, CancellationToken aborted)
        {
            if (bytesPerSecond <= 0) return Task.CompletedTask;
            _sent += count;
            var ahead = TimeSpan.FromSeconds((double)_sent / bytesPerSecond) - _clock.Elapsed;
            // Below a millisecond the timer cannot wait precisely: the debt is carried into the next chunk.
            return ahead > TimeSpan.FromMilliseconds(1) ? Task.Delay(ahead, aborted) : Task.CompletedTask;
        }
    }
}
