using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CircleCi.Emulator;
using Xunit;

namespace CircleCi.PowerShell.Tests.Infrastructure;

/// <summary>One in-process emulator for a test class, driven through its HTTP control API like Pester does.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private readonly HttpClient _control = new();

    public EmulatorServer Server { get; private set; } = null!;
    public string Url => Server.BaseUrl.ToString().TrimEnd('/');
    public string OtherUrl => Server.OtherUrl.ToString().TrimEnd('/');

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync();

    public async Task DisposeAsync()
    {
        _control.Dispose();
        await Server.DisposeAsync();
    }

    public async Task ResetAsync() => (await _control.PostAsync(Url + "/_emulator/reset", null)).EnsureSuccessStatusCode();

    public async Task AddFaultAsync(object rule) =>
        (await _control.PostAsJsonAsync(Url + "/_emulator/faults", rule)).EnsureSuccessStatusCode();

    public async Task<JsonArray> RequestsAsync(string? pathPrefix = null, bool other = false)
    {
        string url = Url + (other ? "/_emulator/other/requests" : "/_emulator/requests");
        if (pathPrefix != null) url += "?path=" + Uri.EscapeDataString(pathPrefix);
        return JsonNode.Parse(await _control.GetStringAsync(url))!.AsArray();
    }
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "emulator";
}
