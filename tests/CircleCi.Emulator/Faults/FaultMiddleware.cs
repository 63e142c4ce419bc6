using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace CircleCi.Emulator.Faults;

/// <summary>Applies latency, the rate limiter and fault rules to /api/** requests (before auth).</summary>
public static class FaultMiddleware
{
    /// <param name="redirectTo">Default Location origin of redirect rules (the other listener when null).</param>
    /// <param name="rateLimit">False on the artifact host: CircleCI's rate limit is the API's.</param>
    public static async Task Invoke(HttpContext ctx, RequestDelegate next, FaultInjector faults, EmulatorOptions options,
        Uri? redirectTo = null, bool rateLimit = true)
    {
        var aborted = ctx.RequestAborted;
        try
        {
            var latency = options.LatencyMs + faults.LatencyMs;
            if (latency > 0) await Task.Delay(latency, aborted);

            if (rateLimit && faults.RateLimit.TryTake() is { } rate)
            {
                var h = ctx.Response.Headers;
                h["RateLimit-Limit"] = h["X-RateLimit-Limit"] = rate.Limit.ToString();
                h["RateLimit-Remaining"] = h["X-RateLimit-Remaining"] = rate.Remaining.ToString();
                h["RateLimit-Reset"] = h["X-RateLimit-Reset"] = rate.ResetSeconds.ToString();
                if (!rate.Allowed)
                {
                    h.RetryAfter = rate.RetryAfterSeconds.ToString();
                    await Json.WriteErrorAsync(ctx, 429, "Rate limit exceeded.");
                    return;
                }
            }

            FaultRule? cutoff = null, hold = null;
            foreach (var rule in faults.Take(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.Headers.Range.ToString()))
            {
                // Named as it acts: a rule after one that answers (status, redirect, drop) does not.
                ctx.Items[RequestLog.FaultItem] = ctx.Items[RequestLog.FaultItem] is string named ? named + "," + rule.Kind : rule.Kind;
                switch (rule.Kind.ToLowerInvariant())
                {
                    case "latency":
                        await Task.Delay(rule.Ms ?? 0, aborted);
                        break;
                    case "hang":
                        await Task.Delay(rule.Ms ?? 60000, aborted);
                        break;
                    case "headers":
                        foreach (var (name, value) in rule.Headers ?? new()) ctx.Response.Headers[name] = value;
                        break;
                    case "repeatpagetoken":
                        ctx.Items[Paging.RepeatTokenItem] = true;
                        break;
                    case "mangle":
                        ctx.Items[Contract.ContractMonitor.MangleItem] = rule;
                        break;
                    case "cutoff":
                        cutoff = rule;
                        break;
                    case "holdanswer":
                        hold = rule;
                        break;
                    case "drop":
                        ctx.Abort();
                        return;
                    case "status":
                        await WriteStatusAsync(ctx, rule);
                        return;
                    case "redirect":
                        ctx.Response.StatusCode = rule.StatusCode ?? 302;
                        ctx.Response.Headers.Location = rule.Url
                            ?? ((redirectTo ?? faults.OtherOrigin) is { } other
                                ? other.GetLeftPart(UriPartial.Authority) + ctx.Request.PathBase + ctx.Request.Path + ctx.Request.QueryString
                                : "/");
                        return;
                }
            }

            if (hold is not null) await HoldAnswerAsync(ctx, next, hold, cutoff, aborted);
            else if (cutoff is null) await next(ctx);
            else await CutOffAsync(ctx, next, cutoff);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away (e.g. Ctrl+C during a hang): nothing left to answer.
        }
    }

    private static async Task WriteStatusAsync(HttpContext ctx, FaultRule rule)
    {
        var status = rule.StatusCode ?? 500;
        var res = ctx.Response;
        res.StatusCode = status;
        if (rule.RetryAfter is not null) res.Headers.RetryAfter = rule.RetryAfter;
        switch ((rule.Body ?? "json").ToLowerInvariant())
        {
            case "html":
                var phrase = $"{status} {ReasonPhrases.GetReasonPhrase(status)}";
                res.ContentType = "text/html; charset=utf-8";
                await res.WriteAsync($"<html>\r\n<head><title>{phrase}</title></head>\r\n<body>\r\n<center><h1>{phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
                break;
            case "empty":
                res.ContentLength = 0;
                break;
            case "truncated":
                res.ContentType = "application/json";
                await res.WriteAsync("{\"message\":\"Internal ser");
                break;
            default:
                await Json.WriteErrorAsync(ctx, status, rule.Message ?? DefaultMessage(status));
                break;
        }
    }

    /// <summary>CircleCI's usual messages for common statuses.</summary>
    public static string DefaultMessage(int status) => status switch
    {
        400 => "Bad request.",
        401 => "Invalid token provided.",
        403 => "Permission denied.",
        404 => "Not found.",
        429 => "Rate limit exceeded.",
        500 => "Internal server error.",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } p ? p + "." : "Error.",
    };

    /// <summary>Runs the endpoint into a buffer, holds the answer, then sends it (cut off too when a cutoff rule applies).</summary>
    private static async Task HoldAnswerAsync(HttpContext ctx, RequestDelegate next, FaultRule rule, FaultRule? cutoff, CancellationToken aborted)
    {
        var (body, client) = await ResponseCapture.RunAsync(ctx, next);
        await Task.Delay(rule.Ms ?? 60000, aborted);
        if (cutoff is not null)
        {
            await SendCutOffAsync(ctx, body, client, cutoff);
            return;
        }
        ctx.Response.ContentLength = body.Length;
        await client.WriteAsync(body, aborted);
    }

    /// <summary>Runs the endpoint into a buffer, then sends the full Content-Length but only part of the body.</summary>
    private static async Task CutOffAsync(HttpContext ctx, RequestDelegate next, FaultRule rule)
    {
        var (body, client) = await ResponseCapture.RunAsync(ctx, next);
        await SendCutOffAsync(ctx, body, client, rule);
    }

    private static async Task SendCutOffAsync(HttpContext ctx, byte[] body, Stream client, FaultRule rule)
    {
        var sent = Math.Clamp(rule.Bytes ?? body.Length / 2, 0, Math.Max(0, body.Length - 1));
        ctx.Response.ContentLength = body.Length;
        await client.WriteAsync(body.AsMemory(0, sent));
        await client.FlushAsync();
        // Abort sends a RST, which can discard data the client has not read yet; give it
        // time to receive headers and the partial body first.
        await Task.Delay(100);
        ctx.Abort();
    }
}
