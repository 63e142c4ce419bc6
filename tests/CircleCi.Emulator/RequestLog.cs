namespace CircleCi.Emulator;

/// <summary>One request as received; Status is filled in when the response is done.</summary>
public sealed class LoggedRequest
{
    public required string Method { get; init; }
    public required string Path { get; init; }
    /// <summary>The query string as sent, without the leading '?'.</summary>
    public required string Query { get; init; }
    public required Dictionary<string, string> Headers { get; init; }
    public int Status { get; set; }
    public required string Listener { get; init; }
    /// <summary>The request body as text (JSON bodies), or null when there was none; tests assert what was sent.</summary>
    public string? Body { get; set; }
}

/// <summary>Thread-safe log of requests, oldest first.</summary>
public sealed class RequestLog
{
    private readonly object _sync = new();
    private readonly List<LoggedRequest> _entries = new();

    public string Listener { get; }

    public RequestLog(string listener) => Listener = listener;

    public LoggedRequest Add(HttpContext ctx)
    {
        var entry = new LoggedRequest
        {
            Method = ctx.Request.Method,
            Path = ctx.Request.PathBase + ctx.Request.Path.Value,
            Query = ctx.Request.QueryString.HasValue ? ctx.Request.QueryString.Value![1..] : "",
            Headers = ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Listener = Listener,
        };
        lock (_sync) _entries.Add(entry);
        return entry;
    }

    /// <summary>Entries whose path starts with <paramref name="pathPrefix"/> (all when null).</summary>
    public IReadOnlyList<LoggedRequest> Entries(string? pathPrefix = null)
    {
        lock (_sync)
            return _entries.Where(e => string.IsNullOrEmpty(pathPrefix)
                || e.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    public void Clear()
    {
        lock (_sync) _entries.Clear();
    }

    /// <summary>Middleware: logs the request, then records the final status.</summary>
    public async Task Middleware(HttpContext ctx, RequestDelegate next)
    {
        var entry = Add(ctx);
        if (ctx.Request.ContentLength is > 0 or null && ctx.Request.Method is "POST" or "PUT" or "PATCH" or "DELETE")
        {
            ctx.Request.EnableBuffering();
            using var reader = new StreamReader(ctx.Request.Body, System.Text.Encoding.UTF8, false, 4096, leaveOpen: true);
            var text = await reader.ReadToEndAsync(ctx.RequestAborted);
            ctx.Request.Body.Position = 0;
            entry.Body = text.Length == 0 ? null : text;
        }
        try
        {
            await next(ctx);
        }
        finally
        {
            entry.Status = ctx.Response.StatusCode;
        }
    }
}
