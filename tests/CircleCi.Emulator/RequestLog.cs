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
    /// <summary>The kinds of the fault rules that acted on it, in order ("cutoff", "latency,status"), or null.</summary>
    public string? Fault { get; set; }
    /// <summary>The request body as text (JSON bodies of POSTs), or null when there was none.</summary>
    public string? Body { get; set; }
    public required string Listener { get; init; }
    /// <summary>Position on this log's event clock when the request arrived and when its response was done: tests
    /// prove two requests overlapped (one arrived before the other completed) without reading wall-clock times.</summary>
    public long Received { get; init; }
    public long Completed { get; set; }
}

/// <summary>Thread-safe log of requests, oldest first.</summary>
public sealed class RequestLog
{
    /// <summary>HttpContext.Items key under which the fault middleware names the faults it applied.</summary>
    public const string FaultItem = "emulator.fault";

    private readonly object _sync = new();
    private readonly List<LoggedRequest> _entries = new();
    private long _events;

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
            Received = Interlocked.Increment(ref _events),
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
        if (ctx.Request.ContentLength > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
        {
            ctx.Request.EnableBuffering(); // read here, then rewound for the endpoint
            using var reader = new StreamReader(ctx.Request.Body, leaveOpen: true);
            entry.Body = await reader.ReadToEndAsync(ctx.RequestAborted);
            ctx.Request.Body.Position = 0;
        }
        try
        {
            await next(ctx);
        }
        finally
        {
            entry.Status = ctx.Response.StatusCode;
            entry.Fault = ctx.Items[FaultItem] as string;
            entry.Completed = Interlocked.Increment(ref _events);
        }
    }
}
