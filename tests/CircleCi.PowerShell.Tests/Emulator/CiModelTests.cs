using System.Net;
using System.Text;
using System.Text.Json;
using CircleCi.Emulator;
using Xunit;

namespace CircleCi.PowerShell.Tests.Emulator;

/// <summary>The emulator's CI model over real HTTP: scenarios, the clock, approvals, reruns, v1.1 steps and logs.</summary>
public sealed class CiModelTests : IAsyncLifetime
{
    private EmulatorServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(new EmulatorOptions { BigProjectPipelines = 10 });
        _http = new HttpClient { BaseAddress = _server.BaseUrl };
        _http.DefaultRequestHeaders.Add("Circle-Token", EmulatorTokens.Admin);
        await ControlAsync("clock", new { speed = 0 }); // time moves only when a test says so
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> ControlAsync(string route, object body) =>
        await SendAsync(HttpMethod.Post, "/_emulator/" + route, body, HttpStatusCode.OK);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var req = new HttpRequestMessage(method, path);
        if (body is not null) req.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        using var res = await _http.SendAsync(req);
        var text = await res.Content.ReadAsStringAsync();
        Assert.True(expected == res.StatusCode, $"{method} {path}: {(int)res.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, HttpStatusCode.OK);

    private async Task<(string Pipeline, string Workflow)> TriggerAsync(string branch)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v2/project/gh/acme/api/pipeline", new { branch }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var workflows = await GetAsync($"/api/v2/pipeline/{id}/workflow");
        return (id, workflows.GetProperty("items")[0].GetProperty("id").GetString()!);
    }

    private async Task<Dictionary<string, JsonElement>> JobsAsync(string workflow) =>
        (await GetAsync($"/api/v2/workflow/{workflow}/job")).GetProperty("items").EnumerateArray()
            .ToDictionary(j => j.GetProperty("name").GetString()!, j => j);

    private static string Status(JsonElement e) => e.GetProperty("status").GetString()!;

    [Fact]
    public async Task FailingScenarioMovesWithTheClockAndStopsDownstream()
    {
        var (_, wf) = await TriggerAsync("fail/login");
        var jobs = await JobsAsync(wf);
        Assert.Equal(new[] { "queued", "blocked", "blocked" }, new[] { "build", "test", "deploy" }.Select(n => Status(jobs[n])));

        await ControlAsync("clock", new { advance = "00:01:00" }); // build (2 s queue + 30 s) done, test running
        jobs = await JobsAsync(wf);
        Assert.Equal("success", Status(jobs["build"]));
        Assert.Equal("running", Status(jobs["test"]));
        Assert.Equal(jobs["build"].GetProperty("stopped_at").GetDateTime().AddSeconds(2), jobs["test"].GetProperty("started_at").GetDateTime());

        await ControlAsync("clock", new { advance = "00:10:00" });
        jobs = await JobsAsync(wf);
        Assert.Equal("failed", Status(jobs["test"]));
        Assert.Equal("not_run", Status(jobs["deploy"]));
        Assert.Equal("failed", Status(await GetAsync("/api/v2/workflow/" + wf)));

        var number = jobs["test"].GetProperty("job_number").GetInt64();
        var detail = await GetAsync($"/api/v2/project/gh/acme/api/job/{number}");
        Assert.Equal(2, detail.GetProperty("parallelism").GetInt32());
        Assert.Equal(new[] { "success", "failed" }, detail.GetProperty("parallel_runs").EnumerateArray().Select(Status));
    }

    [Fact]
    public async Task StepLogsComeFromTheOtherListenerWithoutAToken()
    {
        var (_, wf) = await TriggerAsync("fail");
        await ControlAsync("clock", new { advance = "00:10:00" });
        var number = (await JobsAsync(wf))["test"].GetProperty("job_number").GetInt64();
        var build = await GetAsync($"/api/v1.1/project/github/acme/api/{number}");
        Assert.Equal("finished", build.GetProperty("lifecycle").GetString());
        var failed = build.GetProperty("steps").EnumerateArray().SelectMany(s => s.GetProperty("actions").EnumerateArray())
            .Single(a => Status(a) == "failed");
        Assert.Equal(1, failed.GetProperty("index").GetInt32());

        var url = new Uri(failed.GetProperty("output_url").GetString()!);
        Assert.Equal(_server.OtherUrl.Authority, url.Authority);
        using var anonymous = new HttpClient();
        var log = JsonDocument.Parse(await anonymous.GetStringAsync(url)).RootElement;
        Assert.Contains("FAILED tests/test_login.py::test_token_refresh", log[0].GetProperty("message").GetString());
        var received = Assert.Single(_server.OtherRequests.Entries("/output/"));
        Assert.False(received.Headers.ContainsKey("Circle-Token"));
    }

    [Fact]
    public async Task HoldScenarioWaitsForApprovalThenDeploys()
    {
        var (_, wf) = await TriggerAsync("hold");
        await ControlAsync("clock", new { advance = "00:10:00" });
        Assert.Equal("on_hold", Status(await GetAsync("/api/v2/workflow/" + wf)));
        var hold = (await JobsAsync(wf))["hold"];
        Assert.Equal("approval", hold.GetProperty("type").GetString());
        var request = hold.GetProperty("approval_request_id").GetString();

        await SendAsync(HttpMethod.Post, $"/api/v2/workflow/{wf}/approve/{request}", null, HttpStatusCode.Accepted);
        await SendAsync(HttpMethod.Post, $"/api/v2/workflow/{wf}/approve/{request}", null, HttpStatusCode.BadRequest); // no longer on hold
        await ControlAsync("clock", new { advance = "00:01:00" });
        Assert.Equal("success", Status((await JobsAsync(wf))["deploy"]));
        Assert.Equal("success", Status(await GetAsync("/api/v2/workflow/" + wf)));
    }

    [Fact]
    public async Task RerunFromFailedKeepsPassedJobsAndRerunsTheRest()
    {
        var (pipeline, wf) = await TriggerAsync("fail");
        await SendAsync(HttpMethod.Post, $"/api/v2/workflow/{wf}/rerun", new { from_failed = true }, HttpStatusCode.BadRequest); // still running
        await ControlAsync("clock", new { advance = "00:10:00" });
        var before = await JobsAsync(wf);
        var rerun = (await SendAsync(HttpMethod.Post, $"/api/v2/workflow/{wf}/rerun", new { from_failed = true }, HttpStatusCode.Accepted))
            .GetProperty("workflow_id").GetString()!;
        await SendAsync(HttpMethod.Post, $"/api/v2/workflow/{wf}/rerun", new { from_failed = true, jobs = new[] { before["test"].GetProperty("id").GetString() } },
            HttpStatusCode.BadRequest);

        var after = await JobsAsync(rerun);
        Assert.Equal(before["build"].GetProperty("job_number").GetInt64(), after["build"].GetProperty("job_number").GetInt64());
        Assert.NotEqual(before["test"].GetProperty("job_number").GetInt64(), after["test"].GetProperty("job_number").GetInt64());
        await ControlAsync("clock", new { advance = "00:10:00" });
        Assert.Equal("success", Status(await GetAsync("/api/v2/workflow/" + rerun)));
        Assert.Equal(2, (await GetAsync($"/api/v2/pipeline/{pipeline}/workflow")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task CancelStopsEveryUnfinishedJob_ReaderMayNot()
    {
        var (_, wf) = await TriggerAsync("main");
        using (var reader = new HttpRequestMessage(HttpMethod.Post, $"/api/v2/workflow/{wf}/cancel"))
        {
            reader.Headers.Add("Circle-Token", EmulatorTokens.Reader);
            _http.DefaultRequestHeaders.Remove("Circle-Token");
            using var res = await _http.SendAsync(reader);
            _http.DefaultRequestHeaders.Add("Circle-Token", EmulatorTokens.Admin);
            Assert.Equal(HttpStatusCode.Forbidden, res.StatusCode);
        }
        await SendAsync(HttpMethod.Post, $"/api/v2/workflow/{wf}/cancel", null, HttpStatusCode.Accepted);
        Assert.Equal("canceled", Status(await GetAsync("/api/v2/workflow/" + wf)));
        Assert.All((await JobsAsync(wf)).Values, j => Assert.Equal("canceled", Status(j)));
    }
}
