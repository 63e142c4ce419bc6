using System.Net.Http;
using CircleCi.PowerShell.Core.Http;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class RedactorTests
{
    private const string Token = "CCIPAT_abcdefghijklmnopqrstuvwxyz0123456789";

    [Fact]
    public void Secret_headers_are_redacted_by_name()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://circleci.com/api/v2/me");
        request.Headers.TryAddWithoutValidation("Circle-Token", Token);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        string text = Redactor.Headers(request.Headers, null, null);
        Assert.DoesNotContain(Token, text);
        Assert.Contains("Circle-Token: " + Redactor.Marker, text);
        Assert.Contains("application/json", text);
    }

    [Theory]
    [InlineData("{\"name\":\"AWS_KEY\",\"value\":\"s3cr3t-v@lue\"}", "s3cr3t-v@lue")]
    [InlineData("{\"signing_secret\": \"hush \\\"quoted\\\" hush\"}", "hush")]
    [InlineData("{\"private_key\":\"-----BEGIN KEY-----\"}", "BEGIN KEY")]
    public void Secret_json_fields_are_redacted(string json, string secret)
    {
        string text = Redactor.Text(json, null);
        Assert.DoesNotContain(secret, text);
        Assert.Contains(Redactor.Marker, text);
    }

    [Fact]
    public void The_token_is_redacted_wherever_it_appears()
    {
        string text = Redactor.Text("echo " + Token + " and https://x/?circle-token=abc&page=2", Token);
        Assert.DoesNotContain(Token, text);
        Assert.DoesNotContain("circle-token=abc", text);
        Assert.Contains("page=2", text);
    }
}
