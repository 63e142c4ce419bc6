using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CircleCi.Emulator;
using CircleCi.Emulator.State;
using Xunit;

namespace CircleCi.PowerShell.Tests.Emulator;

/// <summary>The emulator itself, checked over real HTTP with HttpClient (in-process Kestrel).</summary>
public sealed class EmulatorTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { BigProjectPipelines = 50 });
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private HttpRequestMessage Get(string path, string? token = EmulatorTokens.Admin)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) req.Headers.Add("Circle-Token", token);
        return req;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage res) =>
        JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> MessageAsync(HttpResponseMessage res) =>
        (await BodyAsync(res)).GetProperty("message").GetString()!;

    private async Task ControlAsync(string route, object body)
    {
        var res = await _http.PostAsync("/_emulator/" + route,
            new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        res.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task AllThreeTokenTransportsAuthenticate()
    {
        var header = Get("/api/v2/me");
        var bearer = Get("/api/v2/me", null);
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorTokens.Admin);
        var basic = Get("/api/v2/me", null);
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(EmulatorTokens.Admin + ":")));

        foreach (var req in new[] { header, bearer, basic })
        {
            using var res = await _http.SendAsync(req);
            Assert.Equal(HttpStatusCode.OK, res.StatusCode);
            var me = await BodyAsync(res);
            Assert.Equal("ada", me.GetProperty("login").GetString());
            Assert.Equal("Ada Admin", me.GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData(null, "You must log in first.")]
    [InlineData(EmulatorTokens.ProjectToken, "You must log in first.")]
    [InlineData("not-a-token", "Invalid token provided.")]
    [InlineData(EmulatorTokens.OldFormat, "New format tokens are needed to authenticate this API endpoint. Create a new API token for access.")]
    public async Task BadCredentialsGet401WithCircleCiMessages(string? token, string message)
    {
        using var res = await _http.SendAsync(Get("/api/v2/me", token));
        Assert.Equal(HttpStatusCode.Unauthorized, res.StatusCode);
        Assert.Equal(message, await MessageAsync(res));
    }

    [Fact]
    public async Task QueryParameterTokenIsRefused()
    {
        using var res = await _http.SendAsync(Get("/api/v2/me?circle-token=" + EmulatorTokens.Admin, null));
        Assert.Equal(HttpStatusCode.Unauthorized, res.StatusCode);
        Assert.StartsWith("Support for query parameter authentication has been deprecated", await MessageAsync(res));
    }

    [Fact]
    public async Task ProjectSlugMayBeEscaped_UnknownIs404()
    {
        using var plain = await _http.SendAsync(Get("/api/v2/project/gh/acme/api"));
        using var escaped = await _http.SendAsync(Get("/api/v2/project/gh%2Facme%2Fapi"));
        Assert.Equal("gh/acme/api", (await BodyAsync(plain)).GetProperty("slug").GetString());
        Assert.Equal("GitHub", (await BodyAsync(escaped)).GetProperty("vcs_info").GetProperty("provider").GetString());

        using var missing = await _http.SendAsync(Get("/api/v2/project/gh/acme/nope"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Project not found", await MessageAsync(missing));
    }

    [Fact]
    public async Task PipelinesPageAcrossFivePagesWithoutDuplicates()
    {
        var ids = new List<string>();
        var numbers = new List<long>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = "/api/v2/project/gh/acme/api/pipeline" + (token is null ? "" : "?page-token=" + Uri.EscapeDataString(token));
            using var res = await _http.SendAsync(Get(url));
            Assert.Equal(HttpStatusCode.OK, res.StatusCode);
            var body = await BodyAsync(res);
            foreach (var p in body.GetProperty("items").EnumerateArray())
            {
                ids.Add(p.GetProperty("id").GetString()!);
                numbers.Add(p.GetProperty("number").GetInt64());
            }
            var next = body.GetProperty("next_page_token");
            token = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            pages++;
        } while (token is not null && pages < 10);

        Assert.Equal(5, pages);
        Assert.Equal(Seed.ApiPipelineCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 100).Reverse().Select(n => (long)n), numbers); // newest first
    }

    [Fact]
    public async Task MalformedPageTokenIs400()
    {
        using var res = await _http.SendAsync(Get("/api/v2/project/gh/acme/api/pipeline?page-token=!!garbage!!"));
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        Assert.Equal("Invalid page token.", await MessageAsync(res));
    }

    [Fact]
    public async Task RepeatPageTokenFaultHandsBackTheSameToken()
    {
        await ControlAsync("faults", new { kind = "repeatPageToken" });
        using var first = await _http.SendAsync(Get("/api/v2/project/gh/acme/api/pipeline"));
        var token = (await BodyAsync(first)).GetProperty("next_page_token").GetString()!;
        using var second = await _http.SendAsync(Get("/api/v2/project/gh/acme/api/pipeline?page-token=" + Uri.EscapeDataString(token)));
        Assert.Equal(token, (await BodyAsync(second)).GetProperty("next_page_token").GetString());
    }

    [Fact]
    public async Task StatusFaultWithCountTwoThenSuccess()
    {
        await ControlAsync("faults", new { path = "/api/v2/me", count = 2, kind = "status", statusCode = 503, retryAfter = "2" });
        for (var i = 0; i < 2; i++)
        {
            using var res = await _http.SendAsync(Get("/api/v2/me"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, res.StatusCode);
            Assert.Equal("2", res.Headers.GetValues("Retry-After").Single());
        }
        using var ok = await _http.SendAsync(Get("/api/v2/me"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task RedirectFaultPointsAtTheOtherListener()
    {
        await ControlAsync("faults", new { kind = "redirect", count = 1 });
        using var res = await _http.SendAsync(Get("/api/v2/me?x=1"));
        Assert.Equal(HttpStatusCode.Found, res.StatusCode);
        var location = res.Headers.Location!;
        Assert.Equal(_server.OtherUrl.Authority, location.Authority);
        Assert.NotEqual(_server.BaseUrl.Port, location.Port);
        Assert.Equal("/api/v2/me?x=1", location.PathAndQuery);

        using var followed = await _http.GetAsync(location);
        Assert.Equal("other", (await BodyAsync(followed)).GetProperty("listener").GetString());
        Assert.Single(_server.OtherRequests.Entries("/api/v2/me"));
    }

    [Fact]
    public async Task CutoffFaultBreaksTheBodyMidway()
    {
        await ControlAsync("faults", new { kind = "cutoff", count = 1, bytes = 10 });
        using var res = await _http.SendAsync(Get("/api/v2/project/gh/acme/api"), HttpCompletionOption.ResponseHeadersRead);
        Assert.True(res.Content.Headers.ContentLength > 10);
        await Assert.ThrowsAnyAsync<Exception>(() => res.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HangFaultIsAbortedByTheClient()
    {
        await ControlAsync("faults", new { kind = "hang", count = 1, ms = 30000 });
        using var cts = new CancellationTokenSource(300);
        var started = DateTime.UtcNow;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _http.SendAsync(Get("/api/v2/me"), cts.Token));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        using var ok = await _http.SendAsync(Get("/api/v2/me"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task PipelineByIdAndByNumberAgree()
    {
        using var byNumber = await _http.SendAsync(Get("/api/v2/project/gh/acme/api/pipeline/42"));
        var id = (await BodyAsync(byNumber)).GetProperty("id").GetString();
        using var byId = await _http.SendAsync(Get("/api/v2/pipeline/" + id));
        var body = await BodyAsync(byId);
        Assert.Equal(42, body.GetProperty("number").GetInt64());
        Assert.Equal("gh/acme/api", body.GetProperty("project_slug").GetString());
        lock (_server.State.Sync) Assert.InRange(_server.State.WorkflowsByPipeline[Guid.Parse(id!)].Count, 1, 2);

        using var missing = await _http.SendAsync(Get("/api/v2/pipeline/" + Guid.Empty));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task RateLimiterAnswers429WithHeaders()
    {
        await ControlAsync("ratelimit", new { perSecond = 0.5, burst = 2 });
        using var first = await _http.SendAsync(Get("/api/v2/me"));
        using var second = await _http.SendAsync(Get("/api/v2/me"));
        using var third = await _http.SendAsync(Get("/api/v2/me"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("2", first.Headers.GetValues("RateLimit-Limit").Single());
        Assert.Equal("1", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal("Rate limit exceeded.", await MessageAsync(third));
        Assert.True(int.Parse(third.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.True(third.Headers.Contains("RateLimit-Reset"));
    }

    [Fact]
    public async Task ResetRestoresSeedAndClearsFaultsAndLogs()
    {
        await ControlAsync("faults", new { kind = "status", statusCode = 500 });
        lock (_server.State.Sync) _server.State.Projects.Remove(Seed.WebProject);
        using (var broken = await _http.SendAsync(Get("/api/v2/me")))
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.NotEmpty(_server.Requests.Entries());

        (await _http.PostAsync("/_emulator/reset", null)).EnsureSuccessStatusCode();

        Assert.Empty(_server.Requests.Entries());
        Assert.Empty(_server.Faults.Rules);
        using var web = await _http.SendAsync(Get("/api/v2/project/" + Seed.WebProject));
        Assert.Equal(HttpStatusCode.OK, web.StatusCode);
        var log = _server.Requests.Entries();
        Assert.Equal("main", Assert.Single(log).Listener);
        Assert.Equal(EmulatorTokens.Admin, log[0].Headers["Circle-Token"]);
    }

    [Fact]
    public void PesterHelperTokensMatchTheCSharpConstants()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tests", "Pester", "Emulator.psm1"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var psm1 = File.ReadAllText(Path.Combine(dir!.FullName, "tests", "Pester", "Emulator.psm1"));
        foreach (var token in new[] { EmulatorTokens.Admin, EmulatorTokens.Reader, EmulatorTokens.ProjectToken, EmulatorTokens.OldFormat })
            Assert.Contains("'" + token + "'", psm1);
    }
}
