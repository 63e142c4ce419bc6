using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CircleCi.Emulator.Faults;

namespace CircleCi.Emulator.Contract;

/// <summary>One request or answer that broke the document.</summary>
public sealed record ContractViolation(long Id, string Kind, string Method, string Path, string? Operation, int Status,
    string Message, bool Provoked);

/// <summary>What the monitor has seen since the emulator started (Reset does not clear it: it is the run's count).</summary>
public sealed record ContractReport(bool Enabled, string? Reason, IReadOnlyList<string> Documents, long Requests, long Answers,
    IReadOnlyList<ContractViolation> Violations, long Provoked);

/// <summary>
/// Checks every API request the emulator receives, and every answer its endpoints give, against CircleCI's OpenAPI
/// documents (openapi-v2.json for /api/v2, openapi-v1.1.json for /api/v1.1), with <see cref="OpenApiContract"/>.
/// It sits inside the fault middleware: injected faults (429s, statuses, redirects, cut-off bodies) are not the
/// emulator's answers and are not checked; the control API and the artifact hosts are not API paths.
/// A request that breaks the document is answered 400 with the violations, before any endpoint runs; an answer
/// that breaks it is replaced by a 501 naming them (a status the module does not retry: the same answer would
/// come again), so the call fails in the test that made it. Every violation
/// is also kept, counted and written to the run's report (CIRCLECI_CONTRACT_REPORT).
/// A violation is "provoked" when a test asked for it: a request carrying <see cref="ProvokeHeader"/>, or an answer
/// changed by a "mangle" fault rule. Those are counted apart and do not fail the run.
/// </summary>
public sealed class ContractMonitor
{
    /// <summary>Header a test puts on a deliberately wrong request (never sent by the module).</summary>
    public const string ProvokeHeader = "X-Emulator-Provoke";

    /// <summary>HttpContext item set by a "mangle" fault rule.</summary>
    public const string MangleItem = "emulator.contract.mangle";

    /// <summary>Environment variable naming a file the run's report is appended to (one JSON line per emulator).</summary>
    public const string ReportVariable = "CIRCLECI_CONTRACT_REPORT";

    private const int KeptViolations = 500;
    private static readonly ConcurrentDictionary<string, Lazy<OpenApiContract>> Shared = new();

    /// <summary>The documents by path prefix, loaded in the background: the emulator is ready before they are.</summary>
    private readonly Task<List<(string Prefix, OpenApiContract Contract)>>? _contracts;
    private readonly object _sync = new();
    private readonly List<ContractViolation> _violations = new();
    private long _requests, _answers, _provoked, _nextId;

    public bool Enabled => _contracts != null;
    /// <summary>Why checking is off (no document found, or switched off), when it is.</summary>
    public string? Reason { get; }
    /// <summary>The documents checked against, e.g. openapi-v2.json.</summary>
    public IReadOnlyList<string> Documents { get; }

    private ContractMonitor(string reason) => (Reason, Documents) = (reason, Array.Empty<string>());

    private ContractMonitor(List<(string Prefix, string Path)> documents)
    {
        Documents = documents.Select(d => System.IO.Path.GetFileName(d.Path)).ToList();
        _contracts = Task.Run(() => documents.Select(d => (d.Prefix, Load(d.Path))).ToList());
        // Then every schema, in the background: requests are checked meanwhile.
        _contracts.ContinueWith(t => t.Result.ForEach(c => c.Contract.BuildAll()), TaskContinuationOptions.OnlyOnRanToCompletion);
    }

    /// <summary>
    /// The monitor for <paramref name="directory"/>: "" switches checking off; null looks for ../shared/circleci
    /// beside the repository the emulator was built in. Without openapi-v2.json, checking is off and says why.
    /// </summary>
    public static ContractMonitor Create(string? directory)
    {
        if (directory == "") return new ContractMonitor("switched off (--no-contract)");
        directory ??= FindSharedDirectory();
        string? v2 = directory is null ? null : Path.Combine(directory, "openapi-v2.json");
        if (v2 is null || !File.Exists(v2))
            return new ContractMonitor($"{v2 ?? "../shared/circleci/openapi-v2.json"} not found");
        var documents = new List<(string, string)> { ("/api/v2", v2) };
        string v11 = Path.Combine(directory!, "openapi-v1.1.json");
        if (File.Exists(v11)) documents.Add(("/api/v1.1", v11));
        return new ContractMonitor(documents);
    }

    /// <summary>One built contract per document and process: in-process tests start many emulators.</summary>
    private static OpenApiContract Load(string path)
    {
        string key = Path.GetFullPath(path) + "|" + File.GetLastWriteTimeUtc(path).Ticks;
        return Shared.GetOrAdd(key, _ => new Lazy<OpenApiContract>(() => OpenApiContract.Load(path))).Value;
    }

    /// <summary>../shared/circleci beside the directory holding CircleCi.PowerShell.sln above the emulator's binaries.</summary>
    public static string? FindSharedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CircleCi.PowerShell.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "circleci"));
        }
        return null;
    }

    public ContractReport Report(long since = 0)
    {
        lock (_sync)
            return new ContractReport(Enabled, Reason, Documents, Interlocked.Read(ref _requests), Interlocked.Read(ref _answers),
                _violations.Where(v => v.Id > since).ToList(), Interlocked.Read(ref _provoked));
    }

    /// <summary>Appends this emulator's report to the run's report file, when the run asked for one.</summary>
    public void WriteReport()
    {
        string? file = Environment.GetEnvironmentVariable(ReportVariable);
        if (string.IsNullOrEmpty(file)) return;
        var report = Report();
        var line = JsonSerializer.Serialize(new
        {
            enabled = report.Enabled,
            reason = report.Reason,
            requests = report.Requests,
            answers = report.Answers,
            provoked = report.Provoked,
            violations = report.Violations.Where(v => !v.Provoked).Select(v => $"{v.Kind} {v.Method} {v.Path} ({v.Operation ?? "no operation"}, {v.Status}): {v.Message}"),
        }, Json.Control);
        lock (Shared) File.AppendAllText(file, line + "\n");
    }

    public async Task Middleware(HttpContext ctx, RequestDelegate next)
    {
        string path = ctx.Request.Path.Value ?? "";
        List<(string Prefix, OpenApiContract Contract)> contracts;
        try
        {
            contracts = await _contracts!;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException or NotSupportedException)
        {
            await Json.WriteErrorAsync(ctx, 500, $"The emulator cannot check the contract: {e.Message}");
            return;
        }
        var (prefix, contract) = contracts.FirstOrDefault(c => path.StartsWith(c.Prefix + "/", StringComparison.OrdinalIgnoreCase));
        if (contract is null || HttpMethods.IsHead(ctx.Request.Method) || HttpMethods.IsOptions(ctx.Request.Method))
        {
            await next(ctx);
            return;
        }

        bool provoked = ctx.Request.Headers.ContainsKey(ProvokeHeader);
        var request = new ContractRequest(ctx.Request.Method, path[prefix.Length..],
            ctx.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))).ToList(),
            ctx.Request.ContentType, await ReadBodyAsync(ctx));
        var check = contract.CheckRequest(request);
        Interlocked.Increment(ref _requests);
        if (check.Errors.Count > 0)
        {
            var v = Record("request", ctx, check.Operation, 0, string.Join("; ", check.Errors), provoked);
            await Json.WriteErrorAsync(ctx, 400,
                $"Contract violation #{v.Id}: the request breaks {contract.DocumentName} ({check.Operation?.Name ?? "no operation"}): {v.Message}");
            return;
        }

        var (body, client) = await ResponseCapture.RunAsync(ctx, next);
        if (ctx.Items[MangleItem] is FaultRule mangle)
        {
            body = Mangle(body, mangle);
            provoked = true;
        }
        var errors = contract.CheckResponse(check.Operation!, ctx.Response.StatusCode, ctx.Response.ContentType, body);
        Interlocked.Increment(ref _answers);
        if (errors.Count > 0)
        {
            var v = Record("answer", ctx, check.Operation, ctx.Response.StatusCode, string.Join("; ", errors), provoked);
            body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                message = $"Contract violation #{v.Id}: the emulator's {v.Status} answer breaks {contract.DocumentName} ({check.Operation!.Name}): {v.Message}",
            }, Json.Options);
            ctx.Response.StatusCode = StatusCodes.Status501NotImplemented;
            ctx.Response.ContentType = "application/json; charset=utf-8";
        }
        ctx.Response.ContentLength = body.Length;
        await client.WriteAsync(body, ctx.RequestAborted);
    }

    private ContractViolation Record(string kind, HttpContext ctx, ContractOperation? op, int status, string message, bool provoked)
    {
        var v = new ContractViolation(Interlocked.Increment(ref _nextId), kind, ctx.Request.Method,
            ctx.Request.Path.Value + ctx.Request.QueryString, op?.Name, status, message, provoked);
        if (provoked) Interlocked.Increment(ref _provoked);
        lock (_sync)
        {
            if (_violations.Count < KeptViolations) _violations.Add(v);
        }
        if (!provoked) Console.Error.WriteLine($"emulator: contract violation #{v.Id}: {kind} {v.Method} {v.Path}: {message}");
        return v;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext ctx)
    {
        if (ctx.Request.ContentLength is null or 0 && ctx.Request.Headers.TransferEncoding.Count == 0) return null;
        ctx.Request.EnableBuffering();
        using var copy = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(copy, ctx.RequestAborted);
        ctx.Request.Body.Position = 0;
        return copy.ToArray();
    }

    /// <summary>The "mangle" fault: sets <see cref="FaultRule.Pointer"/> in the JSON answer to <see cref="FaultRule.Value"/>.</summary>
    private static byte[] Mangle(byte[] body, FaultRule rule)
    {
        var root = JsonNode.Parse(body) ?? throw new InvalidOperationException("mangle: the answer is not JSON");
        string pointer = rule.Pointer ?? "";
        JsonNode? value = rule.Value is { } v ? JsonNode.Parse(v.GetRawText()) : null;
        if (pointer is "" or "/") return Encoding.UTF8.GetBytes(value?.ToJsonString() ?? "null");
        string[] tokens = pointer.TrimStart('/').Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")).ToArray();
        JsonNode node = root;
        foreach (string token in tokens[..^1])
            node = (node is JsonArray a ? a[int.Parse(token)] : node[token]) ?? throw new InvalidOperationException($"mangle: {pointer} not found");
        if (node is JsonArray array) array[int.Parse(tokens[^1])] = value;
        else node.AsObject()[tokens[^1]] = value;
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
