using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CircleCi.Emulator.Contract;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CircleCi.PowerShell.Tests.Infrastructure;

/// <summary>
/// Stoplight Prism's mock server (<c>prism mock --dynamic</c>: every answer random but valid against the document)
/// serving openapi-v2.json with the defect list applied, started once for the test collection, behind an in-process
/// front that the module talks to. Prism serves the document's paths from "/" and matches a path parameter to one
/// segment; the module sends /api/v2/... with project slugs unescaped ("gh/acme/api"), as CircleCI takes them. The
/// front strips /api/v2 and escapes each path parameter's value (the operation found by the emulator's
/// <see cref="OpenApiContract"/>), and passes everything else through unchanged.
/// Prism is installed by build.ps1 (npm ci in build/prism). Without ../shared, node or Prism, <see cref="SkipReason"/>
/// says why and the tests that need it are skipped.
/// </summary>
public sealed class PrismFixture : IAsyncLifetime
{
    private Process? _prism;
    private WebApplication? _front;
    private string? _document;
    private readonly HttpClient _forward = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The URL to give Connect-Circle -ApiUrl.</summary>
    public string Url { get; private set; } = "";
    public string? SkipReason { get; private set; }
    /// <summary>Prism's own output, for a failure message.</summary>
    public string Log => _log.ToString();
    private readonly System.Text.StringBuilder _log = new();

    public async Task InitializeAsync()
    {
        if (TestPaths.SharedCircleCi is not { } shared)
        {
            SkipReason = "../shared/circleci is not present: no document to mock.";
            return;
        }
        string prism = Path.Combine(TestPaths.RepoRoot, "build", "prism", "node_modules", ".bin", "prism");
        string? node = FindOnPath("node");
        if (node is null)
        {
            SkipReason = "node is not installed: Prism cannot run.";
            return;
        }
        if (!File.Exists(prism))
        {
            SkipReason = "Prism is not installed (build.ps1 test installs it with npm ci in build/prism; npm missing?).";
            return;
        }

        var contract = OpenApiContract.Load(Path.Combine(shared, "openapi-v2.json"));
        _document = Path.Combine(Path.GetTempPath(), $"circleci-prism-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(_document, OpenApiDefects.LoadPatched(Path.Combine(shared, "openapi-v2.json")).ToJsonString());

        int port = FreePort();
        var psi = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { prism, "mock", "--dynamic", "-h", "127.0.0.1", "-p", port.ToString(), _document }) psi.ArgumentList.Add(arg);
        _prism = Process.Start(psi)!;
        _prism.OutputDataReceived += (_, e) => { lock (_log) if (e.Data != null && _log.Length < 200_000) _log.AppendLine(e.Data); };
        _prism.ErrorDataReceived += (_, e) => { lock (_log) if (e.Data != null && _log.Length < 200_000) _log.AppendLine(e.Data); };
        _prism.BeginOutputReadLine();
        _prism.BeginErrorReadLine();
        var prismUrl = $"http://127.0.0.1:{port}";
        await WaitForAsync(prismUrl);

        _front = await StartFrontAsync(contract, prismUrl);
        Url = _front.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private async Task WaitForAsync(string prismUrl)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120); // seconds on an idle machine; the 2 shared cores are often busy
        while (true)
        {
            if (_prism!.HasExited) throw new InvalidOperationException($"Prism exited with {_prism.ExitCode}:\n{Log}");
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, prismUrl + "/me");
                request.Headers.Add("Circle-Token", "CCIPAT_prism");
                using var response = await _forward.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Prism did not answer within 120 s:\n{Log}");
            await Task.Delay(250);
        }
    }

    private async Task<WebApplication> StartFrontAsync(OpenApiContract contract, string prismUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseUrls();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async ctx =>
        {
            string path = ctx.Request.Path.Value ?? "/";
            if (path.StartsWith("/api/v2/", StringComparison.Ordinal)) path = path["/api/v2".Length..];
            if (contract.Match(ctx.Request.Method, path) is { } match)
                path = string.Concat(match.Operation.Template.Split('/').Select((segment, i) =>
                    (i == 0 ? "" : "/") + (segment.StartsWith('{') && match.PathValues.TryGetValue(segment.Trim('{', '}'), out string? value)
                        ? Uri.EscapeDataString(Uri.UnescapeDataString(value))
                        : segment)));
            using var forward = new HttpRequestMessage(new HttpMethod(ctx.Request.Method), prismUrl + path + ctx.Request.QueryString);
            if (ctx.Request.ContentLength > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
            {
                using var body = new MemoryStream();
                await ctx.Request.Body.CopyToAsync(body);
                forward.Content = new ByteArrayContent(body.ToArray());
                if (ctx.Request.ContentType is { } type) forward.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
            foreach (var header in ctx.Request.Headers)
                if (header.Key is not ("Host" or "Content-Type" or "Content-Length" or "Transfer-Encoding"))
                    forward.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            using var answer = await _forward.SendAsync(forward, ctx.RequestAborted);
            ctx.Response.StatusCode = (int)answer.StatusCode;
            if (answer.Content.Headers.ContentType is { } contentType) ctx.Response.ContentType = contentType.ToString();
            await ctx.Response.Body.WriteAsync(await answer.Content.ReadAsByteArrayAsync(ctx.RequestAborted), ctx.RequestAborted);
        });
        await app.StartAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        if (_front != null) await _front.DisposeAsync();
        if (_prism is { HasExited: false })
        {
            _prism.Kill(entireProcessTree: true);
            await _prism.WaitForExitAsync();
        }
        _prism?.Dispose();
        _forward.Dispose();
        if (_document != null) File.Delete(_document);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<PrismFixture>
{
    public const string Name = "prism";
}
