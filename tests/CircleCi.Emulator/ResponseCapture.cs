using Microsoft.AspNetCore.Http.Features;

namespace CircleCi.Emulator;

/// <summary>Runs the rest of the pipeline with the response body going to a buffer instead of the client.</summary>
public static class ResponseCapture
{
    /// <summary>The body the endpoint wrote, and the client's body stream to send (some of) it to.</summary>
    public static async Task<(byte[] Body, Stream Client)> RunAsync(HttpContext ctx, RequestDelegate next)
    {
        var original = ctx.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer);
        ctx.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(ctx);
            await capture.CompleteAsync();
        }
        finally
        {
            ctx.Features.Set(original);
        }
        return (buffer.ToArray(), original.Stream);
    }
}
