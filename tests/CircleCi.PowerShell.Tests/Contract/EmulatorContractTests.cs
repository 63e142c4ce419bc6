using System.Net;
using System.Net.Http.Json;
using System.Text;
using CircleCi.Emulator;
using CircleCi.Emulator.Contract;
using CircleCi.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// The emulator checks live traffic against openapi-v2.json: a request that breaks it is answered 400 before any
/// endpoint runs, an answer that breaks it reaches the module as an error, and both are in the contract report.
/// These tests break the document on purpose (X-Emulator-Provoke, the "mangle" fault), so their violations are
/// counted as provoked and do not fail the run.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class EmulatorContractTests
{
    private readonly EmulatorFixture _emulator;

    public EmulatorContractTests(EmulatorFixture emulator) => _emulator = emulator;

    private void SkipWithoutContract() =>
        Skip.If(!_emulator.Server.Contract.Enabled, "The emulator checks no contract: " + _emulator.Server.Contract.Reason);

    [SkippableFact]
    public async Task A_request_body_that_breaks_the_document_is_answered_400_and_reported()
    {
        SkipWithoutContract();
        await _emulator.ResetAsync();
        long before = _emulator.Server.Contract.Report().Provoked;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _emulator.Url + "/api/v2/context")
        {
            Content = new StringContent("""{"name": 5, "owner": {"slug": "gh/acme"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Circle-Token", EmulatorTokens.Admin);
        request.Headers.Add(ContractMonitor.ProvokeHeader, "wrong type");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string message = (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["message"];
        Assert.Contains("the request breaks openapi-v2.json (createContext)", message);
        Assert.Contains("/name", message);
        var report = _emulator.Server.Contract.Report();
        Assert.Equal(before + 1, report.Provoked);
        var violation = report.Violations.Last(v => v.Provoked);
        Assert.Equal(("request", "POST", "createContext"), (violation.Kind, violation.Method, violation.Operation));
        lock (_emulator.Server.State.Sync)
            Assert.DoesNotContain(_emulator.Server.State.Admin.Contexts.Values, c => c.Name == "5"); // no endpoint ran
    }

    [SkippableFact]
    public async Task An_answer_that_breaks_the_document_reaches_the_module_as_an_error()
    {
        SkipWithoutContract();
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", kind = "mangle", pointer = "/id", value = 42, count = 1 });
        using var ps = ModuleHost.Create();
        ps.AddScript("param($url, $token) Connect-Circle -Token $token -ApiUrl $url -SkipVerification; Get-CircleUser")
          .AddArgument(_emulator.Url).AddArgument(EmulatorTokens.Admin);
        var output = ps.Invoke();

        Assert.Empty(output);
        string error = Assert.Single(ps.Streams.Error).ToString();
        Assert.Contains("Contract violation", error);
        Assert.Contains("breaks openapi-v2.json (getCurrentUser)", error);
        Assert.Contains("/id", error);
        var violation = _emulator.Server.Contract.Report().Violations.Last(v => v.Provoked);
        Assert.Equal(("answer", "GET", "getCurrentUser", 200), (violation.Kind, violation.Method, violation.Operation, violation.Status));

        // The same request without the fault is answered as the document says.
        ps.Commands.Clear();
        ps.Streams.ClearStreams();
        ps.AddScript("Get-CircleUser");
        Assert.IsType<CircleCi.PowerShell.Models.User>(Assert.Single(ps.Invoke()).BaseObject);
        Assert.False(ps.HadErrors);
    }
}
