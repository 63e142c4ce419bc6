using System.Net;
using CircleCi.Emulator.Contract;
using CircleCi.Emulator.Control;
using CircleCi.Emulator.Endpoints;
using CircleCi.Emulator.Faults;
using CircleCi.Emulator.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CircleCi.Emulator;

public sealed class EmulatorOptions
{
    /// <summary>Port of the main listener; 0 picks a free one.</summary>
    public int Port { get; set; }
    /// <summary>Added to every API request.</summary>
    public int LatencyMs { get; set; }
    /// <summary>Pipelines seeded into gh/acme/big.</summary>
    public int BigProjectPipelines { get; set; } = 5000;
    /// <summary>Page size of paged lists (CircleCI's is 20).</summary>
    public int PageSize { get; set; } = 20;
    /// <summary>Salt for seeded ids; null gives the standard ids.</summary>
    public string? Seed { get; set; }
    /// <summary>Folder of openapi-v2.json (and openapi-v1.1.json) that API traffic is checked against; null looks for
    /// ../shared/circleci beside the repository, "" switches checking off (benchmarks).</summary>
    public string? ContractDirectory { get; set; }
}

/// <summary>
/// The CircleCI emulator: a Kestrel app on 127.0.0.1 serving /api/v2, /api/v1.1 and /_emulator,
/// plus a second "other host" listener (127.0.0.2, another port) that serves artifact bytes and v1.1 step logs
/// (output_url, fetched without a token) and is the API's redirect target, and a third listener, the redirect
/// target of the artifact host.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _main;
    private readonly WebApplication _other;
    private readonly WebApplication _third;

    public Uri BaseUrl { get; private set; } = null!;
    public Uri OtherUrl { get; }
    /// <summary>The third origin: where artifact redirects go by default.</summary>
    public Uri ThirdUrl { get; }
    public EmulatorOptions Options { get; }
    public EmulatorState State { get; }
    public FaultInjector Faults { get; }
    /// <summary>API requests received by the main listener (not /_emulator).</summary>
    public RequestLog Requests { get; }
    /// <summary>Requests received by the second listener.</summary>
    public RequestLog OtherRequests { get; }
    /// <summary>Requests received by the third listener.</summary>
    public RequestLog ThirdRequests { get; }
    /// <summary>Checks API requests and answers against CircleCI's OpenAPI documents.</summary>
    public ContractMonitor Contract { get; }

    private EmulatorServer(WebApplication main, (WebApplication App, Uri Url, RequestLog Log) other, (WebApplication App, Uri Url, RequestLog Log) third,
        EmulatorOptions options, EmulatorState state, FaultInjector faults, RequestLog requests)
    {
        (_main, _other, OtherUrl, OtherRequests, _third, ThirdUrl, ThirdRequests) = (main, other.App, other.Url, other.Log, third.App, third.Url, third.Log);
        (Options, State, Faults, Requests) = (options, state, faults, requests);
        Contract = ContractMonitor.Create(options.ContractDirectory);
    }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        var state = new EmulatorState(options);
        var faults = new FaultInjector();
        var third = await StartOtherAsync(new RequestLog("third"), state, null, options, ct);
        var other = await StartOtherAsync(new RequestLog("other"), state, (faults, third.Url), options, ct);
        faults.OtherOrigin = other.Url;
        state.OtherUrl = other.Url;
        var requests = new RequestLog("main");
        var main = CreateBuilder(IPAddress.Loopback, options.Port).Build();
        try
        {
            var server = new EmulatorServer(main, other, third, options, state, faults, requests);
            ConfigureMain(main, server);
            await main.StartAsync(ct);
            server.BaseUrl = ListeningOn(main); // known only once Kestrel has bound
            return server;
        }
        catch
        {
            await main.DisposeAsync();
            await other.App.DisposeAsync();
            await third.App.DisposeAsync();
            throw;
        }
    }

    /// <summary>State back to the seed; faults, latency, rate limit and request logs cleared.</summary>
    public void Reset()
    {
        State.Reset();
        Faults.Reset();
        Requests.Clear();
        OtherRequests.Clear();
        ThirdRequests.Clear();
    }

    private static void ConfigureMain(WebApplication app, EmulatorServer server)
    {
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.Use((ctx, next) =>
            {
                // The API's Date is the CI model's clock, the clock of every created_at it answers: a client that reads
                // the server's time from Date (Invoke-CirclePipeline after a lost answer) compares like with like.
                ctx.Response.Headers.Date = server.State.Clock.Now.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                return next(ctx);
            });
            api.Use((ctx, next) => server.Requests.Middleware(ctx, next));
            api.Use((ctx, next) => FaultMiddleware.Invoke(ctx, next, server.Faults, server.Options));
            if (server.Contract.Enabled) api.Use(server.Contract.Middleware); // inside the faults: they are not checked
            api.Use((ctx, next) => Auth.Middleware(ctx, next, server.State));
            api.Use((ctx, next) =>
            {
                server.State.Advance(); // the CI model catches up with its clock before anything reads it
                return next(ctx);
            });
        });
        app.Use(ProjectSlug.UnescapeSlashes);
        app.UseRouting(); // explicit, so the middleware above runs before route matching

        ControlEndpoints.Map(app, server);
        UsageEndpoints.MapFiles(app, server.State);
        ApiRoutes.MapAll(new ApiRoutes(app.MapGroup("/api/v2"), app.MapGroup("/api/v1.1"), server.State));
        app.MapFallback("/api/{**rest}", () => Json.Error(404, "Not found."));
    }

    /// <summary>The second or third listener: artifact bytes (faults apply when given), step logs, else an echo of the path.</summary>
    private static async Task<(WebApplication App, Uri Url, RequestLog Log)> StartOtherAsync(RequestLog log, EmulatorState state,
        (FaultInjector Faults, Uri RedirectTo)? faulted, EmulatorOptions options, CancellationToken ct)
    {
        // 127.0.0.2 makes a redirect change host and port; fall back where only 127.0.0.1 is loopback.
        foreach (var address in new[] { IPAddress.Parse("127.0.0.2"), IPAddress.Loopback })
        {
            var app = CreateBuilder(address, 0).Build();
            app.Use((ctx, next) => log.Middleware(ctx, next));
            if (faulted is { } f)
                app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/artifacts"), a =>
                    a.Use((ctx, next) => FaultMiddleware.Invoke(ctx, next, f.Faults, options, f.RedirectTo, rateLimit: false)));
            app.UseRouting();
            ArtifactHost.Map(app, state);
            app.MapFallback("{**path}", async ctx =>
            {
                if (await StepOutput.TryServeAsync(ctx, state)) return; // v1.1 step logs (output_url)
                await ctx.Response.WriteAsJsonAsync(new { listener = log.Listener, path = ctx.Request.Path.Value });
            });
            try
            {
                await app.StartAsync(ct);
                return (app, ListeningOn(app), log);
            }
            catch (IOException) when (!address.Equals(IPAddress.Loopback))
            {
                await app.DisposeAsync();
            }
        }
        throw new InvalidOperationException("unreachable");
    }

    private static WebApplicationBuilder CreateBuilder(IPAddress address, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(k => k.Listen(address, port));
        builder.WebHost.UseUrls(); // ignore ASPNETCORE_URLS from the environment
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // No Ctrl+C/SIGTERM hooks: in-process tests host several servers; Program handles signals itself.
        builder.Services.AddSingleton<IHostLifetime, NoopLifetime>();
        return builder;
    }

    private static Uri ListeningOn(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await Task.WhenAll(_main.StopAsync(cts.Token), _other.StopAsync(cts.Token), _third.StopAsync(cts.Token));
        }
        catch (OperationCanceledException)
        {
        }
        await _main.DisposeAsync();
        await _other.DisposeAsync();
        await _third.DisposeAsync();
        Contract.WriteReport();
    }

    private sealed class NoopLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
