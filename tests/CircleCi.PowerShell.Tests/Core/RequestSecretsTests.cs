using System.Net.Http;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Tests.Infrastructure;
using CircleCi.Emulator;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

/// <summary>Secrets a request declares (CircleRequest.Secrets) are redacted literally, wherever they appear.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class RequestSecretsTests
{
    private readonly EmulatorFixture _emulator;

    public RequestSecretsTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [InlineData("{\"name\":\"X\",\"other\":\"p4ss-w0rd\"}", "p4ss-w0rd")]
    [InlineData("plain text mentioning p4ss-w0rd twice: p4ss-w0rd", "p4ss-w0rd")]
    [InlineData("{\"config\":\"a \\u0022quoted\\u0022 \\u003Csecret\\u003E \\u0026 more\"}", "a \"quoted\" <secret> & more")]
    [InlineData("{\"message\":\"echo a \\\"quoted\\\" <secret> & more\"}", "a \"quoted\" <secret> & more")]
    public void A_declared_secret_is_redacted_in_any_field_and_json_escaped(string text, string secret)
    {
        string redacted = Redactor.Text(text, null, new[] { secret });
        Assert.DoesNotContain(secret, redacted);
        Assert.DoesNotContain("quoted", redacted);
        Assert.DoesNotContain("p4ss", redacted);
        Assert.Contains(Redactor.Marker, redacted);
    }

    [Fact]
    public void A_secret_inside_a_longer_one_leaves_no_part_of_the_longer()
    {
        string redacted = Redactor.Text("long=abcdef short=abc", null, new[] { "abc", "abcdef" });
        Assert.Equal("long=" + Redactor.Marker + " short=" + Redactor.Marker, redacted);
    }

    [Fact]
    public void Empty_secrets_change_nothing()
    {
        Assert.Equal("{\"name\":\"X\"}", Redactor.Text("{\"name\":\"X\"}", null, new[] { "", null! }));
    }

    [Fact]
    public async Task Debug_output_and_the_error_never_show_a_declared_secret()
    {
        const string secret = "hunter2-<&>-\"q\"";
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", method = "POST", kind = "status", statusCode = 400, body = "json", message = "bad value " + secret, count = 1 });
        using var session = new CircleSession(new CircleToken(EmulatorTokens.Admin), _emulator.Url, "test", "test", "7.6.9") { MaxRetries = 0 };
        var log = new RecordingLog();
        var request = new CircleRequest(HttpMethod.Post, session.ResolveV2("me"))
        {
            JsonBody = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["anything"] = secret }),
            Secrets = new[] { secret },
        };
        var ex = await Assert.ThrowsAsync<CircleApiException>(() => session.Http.SendForJsonAsync(request, CommonJson.Default.MessageResponse, log, CancellationToken.None));
        string all = string.Join("\n", log.Messages) + "\n" + ex.Message + "\n" + ex.ApiMessage;
        Assert.Contains("HTTP request POST", all);
        Assert.Contains("\"anything\":\"" + Redactor.Marker + "\"", all);
        Assert.DoesNotContain("hunter2", all);
    }

    private sealed class RecordingLog : ICircleLog
    {
        public List<string> Messages { get; } = new();
        public bool IsVerboseEnabled => true;
        public bool IsDebugEnabled => true;
        public void Verbose(string message) { lock (Messages) Messages.Add(message); }
        public void Debug(string message) { lock (Messages) Messages.Add(message); }
        public void Warning(string message) { lock (Messages) Messages.Add(message); }
    }
}
