using CircleCi.PowerShell.Core;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public sealed class CredentialResolverTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("circle-home-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private CredentialResolver Resolver(Dictionary<string, string> env) =>
        new(name => env.TryGetValue(name, out var v) ? v : null, _home);

    private void WriteFile(string relative, string text)
    {
        string path = Path.Combine(_home, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Environment_variables_are_read_in_documented_order()
    {
        var env = new Dictionary<string, string> { ["CIRCLECI_CLI_TOKEN"] = "CCIPAT_third", ["CIRCLECI_TOKEN"] = "CCIPAT_second" };
        var resolved = Resolver(env).Resolve(null, null);
        Assert.Equal("the environment variable CIRCLECI_TOKEN", resolved.TokenSource);
        env["CIRCLE_TOKEN"] = "CCIPAT_first";
        Assert.Equal("the environment variable CIRCLE_TOKEN", Resolver(env).Resolve(null, null).TokenSource);
    }

    [Fact]
    public void An_explicit_token_beats_the_environment_and_the_default_host_is_circleci()
    {
        var env = new Dictionary<string, string> { ["CIRCLE_TOKEN"] = "CCIPAT_env" };
        var resolved = Resolver(env).Resolve(new CircleToken("CCIPAT_param"), null);
        Assert.Equal("the -Token parameter", resolved.TokenSource);
        Assert.Equal("https://circleci.com", resolved.ApiUrl);
        Assert.Equal("the default", resolved.ApiUrlSource);
    }

    [Fact]
    public void The_current_cli_file_honours_xdg_config_home_and_beats_the_legacy_file()
    {
        string xdg = Path.Combine(_home, "xdg");
        WriteFile("xdg/circleci/config.yml", "host: https://circleci.example.com\ntoken: CCIPAT_fromxdg # a comment\n");
        WriteFile(".circleci/cli.yml", "host: https://legacy.example.com\ntoken: CCIPAT_legacy\n");
        var resolved = Resolver(new() { ["XDG_CONFIG_HOME"] = xdg }).Resolve(null, null);
        Assert.Contains("config.yml", resolved.TokenSource);
        Assert.Equal("https://circleci.example.com", resolved.ApiUrl);
        Assert.Equal(CircleTokenKind.Personal, resolved.Token!.Kind);
    }

    [Fact]
    public void The_legacy_file_is_used_when_alone_and_env_host_beats_the_file()
    {
        WriteFile(".circleci/cli.yml", "host: \"https://legacy.example.com\"\ntoken: 'CCIPAT_legacy'\nrest_endpoint: api/v2\n");
        var fromFile = Resolver(new()).Resolve(null, null);
        Assert.Contains("cli.yml", fromFile.TokenSource);
        Assert.Equal("https://legacy.example.com", fromFile.ApiUrl);
        var envHost = Resolver(new() { ["CIRCLECI_CLI_HOST"] = "https://env.example.com/" }).Resolve(null, null);
        Assert.Equal("https://env.example.com", envHost.ApiUrl);
        Assert.Equal("the environment variable CIRCLECI_CLI_HOST", envHost.ApiUrlSource);
    }

    [Fact]
    public void No_token_anywhere_is_reported_as_such()
    {
        var resolved = Resolver(new()).Resolve(null, null);
        Assert.Null(resolved.Token);
        Assert.Equal("nowhere", resolved.TokenSource);
    }

    [Theory]
    [InlineData("circleci.example.com", "https://circleci.example.com")]
    [InlineData("https://circleci.com/api/v2/", "https://circleci.com")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
    [InlineData("https://host.example.com/circle/api/v1.1", "https://host.example.com/circle")]
    public void Api_urls_are_normalized_to_the_host_root(string input, string expected) =>
        Assert.Equal(expected, CredentialResolver.NormalizeApiUrl(input));

    [Fact]
    public void A_non_http_url_is_refused() =>
        Assert.Throws<ArgumentException>(() => CredentialResolver.NormalizeApiUrl("ftp://example.com"));

    [Theory]
    [InlineData("CCIPAT_x", CircleTokenKind.Personal)]
    [InlineData("CCIPRJ_x", CircleTokenKind.Project)]
    [InlineData("0123456789abcdef0123456789abcdef01234567", CircleTokenKind.OldFormat)]
    [InlineData("something-else", CircleTokenKind.Unknown)]
    public void Token_kinds_are_judged_from_the_format(string token, CircleTokenKind kind)
    {
        var t = new CircleToken(token);
        Assert.Equal(kind, t.Kind);
        Assert.DoesNotContain(token, t.ToString());
    }
}
