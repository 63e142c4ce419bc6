using System.Diagnostics;
using System.Net.Http;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Tests.Infrastructure;
using CircleCi.Emulator;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

/// <summary>The HTTP core against the emulator over real HTTP, without PowerShell in between.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class HttpCoreTests
{
    private readonly EmulatorFixture _emulator;

    public HttpCoreTests(EmulatorFixture emulator) => _emulator = emulator;

    private CircleSession NewSession() =>
        new(new CircleToken(EmulatorTokens.Admin), _emulator.Url, "test", "test", "7.6.9")
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetries = 3,
        };

    [Fact]
    public async Task A_post_answered_503_is_sent_once_and_never_retried()
    {
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/project/gh/acme/api/pipeline", method = "POST", kind = "status", statusCode = 503, count = 10 });
        using var session = NewSession();
        var api = new CircleApi(session, NullCircleLog.Instance, CancellationToken.None);
        var ex = await Assert.ThrowsAsync<CircleApiException>(() => api.Pipelines.TriggerPipelineAsync("gh/acme/api", new TriggerPipelineRequest { Branch = "main" }));
        Assert.Equal("CircleApi.ServerError", ex.ErrorId);
        var posts = (await _emulator.RequestsAsync("/api/v2/project/gh/acme/api/pipeline")).Where(r => (string?)r!["method"] == "POST").ToList();
        Assert.Single(posts);
    }

    [Fact]
    public async Task A_post_answered_429_is_retried_because_the_server_did_not_process_it()
    {
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", method = "POST", kind = "status", statusCode = 429, retryAfter = "0", count = 1 });
        using var session = NewSession();
        // POST /me is no operation of the document: the emulator's contract check is told this one is on purpose.
        var request = new CircleCi.PowerShell.Core.Http.CircleRequest(HttpMethod.Post, session.ResolveV2("me"))
        {
            AcceptStatus = s => s is 400 or 404 or 405,
            Configure = m => m.Headers.Add(CircleCi.Emulator.Contract.ContractMonitor.ProvokeHeader, "not an operation"),
        };
        using var response = await session.Http.SendAsync(request, NullCircleLog.Instance, CancellationToken.None);
        Assert.Equal(2, (await _emulator.RequestsAsync("/api/v2/me")).Count(r => (string?)r!["method"] == "POST"));
    }

    [Fact]
    public async Task A_get_is_retried_on_503_and_succeeds()
    {
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", kind = "status", statusCode = 503, count = 2 });
        using var session = NewSession();
        var me = await new CircleApi(session, NullCircleLog.Instance, CancellationToken.None).Users.GetCurrentUserAsync();
        Assert.Equal("ada", me.Login);
        Assert.Equal(3, (await _emulator.RequestsAsync("/api/v2/me")).Count);
    }

    [Fact]
    public async Task A_redirect_to_another_origin_arrives_without_the_token()
    {
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", kind = "redirect", statusCode = 302, count = 1 });
        using var session = NewSession();
        var request = new CircleCi.PowerShell.Core.Http.CircleRequest(HttpMethod.Get, session.ResolveV2("me"));
        using var response = await session.Http.SendAsync(request, NullCircleLog.Instance, CancellationToken.None);
        var other = await _emulator.RequestsAsync(other: true);
        var arrived = Assert.Single(other, r => (string?)r!["path"] == "/api/v2/me");
        var headers = arrived!["headers"]!.AsObject();
        Assert.DoesNotContain(headers, h => h.Key.Equals("Circle-Token", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(EmulatorTokens.Admin, headers.ToJsonString());
    }

    [Fact]
    public async Task The_token_is_not_sent_to_an_untrusted_host_even_on_the_first_request()
    {
        await _emulator.ResetAsync();
        using var session = NewSession();
        var request = new CircleCi.PowerShell.Core.Http.CircleRequest(HttpMethod.Get, new Uri(_emulator.OtherUrl + "/artifact.txt"));
        using var response = await session.Http.SendAsync(request, NullCircleLog.Instance, CancellationToken.None);
        var arrived = (await _emulator.RequestsAsync(other: true)).Last(r => (string?)r!["path"] == "/artifact.txt");
        Assert.DoesNotContain(EmulatorTokens.Admin, arrived!.ToJsonString());
    }

    [Fact]
    public async Task A_request_past_the_timeout_becomes_an_operation_timeout_error()
    {
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", kind = "hang", ms = 10000 });
        using var session = NewSession();
        session.MaxRetries = 0;
        session.RequestTimeout = TimeSpan.FromMilliseconds(300);
        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<CircleApiException>(() => new CircleApi(session, NullCircleLog.Instance, CancellationToken.None).Users.GetCurrentUserAsync());
        Assert.Equal("CircleApi.Timeout", ex.ErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.OperationTimeout, ex.Category);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }
}
