using System.Diagnostics;
using System.Management.Automation;
using CircleCi.Emulator;
using CircleCi.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CircleCi.PowerShell.Tests.Cmdlets;

[Collection(EmulatorCollection.Name)]
public sealed class CancellationTests
{
    private readonly EmulatorFixture _emulator;

    public CancellationTests(EmulatorFixture emulator) => _emulator = emulator;

    [Fact]
    public async Task Stop_ends_a_request_held_open_by_the_emulator_at_once()
    {
        await _emulator.ResetAsync();
        await _emulator.AddFaultAsync(new { path = "/api/v2/me", kind = "hang", ms = 30000 });
        using System.Management.Automation.PowerShell ps = ModuleHost.Create();
        ps.AddScript("param($url, $token) Connect-Circle -Token $token -ApiUrl $url -SkipVerification; Get-CircleUser")
          .AddArgument(_emulator.Url).AddArgument(EmulatorTokens.Admin);
        IAsyncResult invocation = ps.BeginInvoke();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await _emulator.RequestsAsync("/api/v2/me")).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(25);
        Assert.NotEmpty(await _emulator.RequestsAsync("/api/v2/me"));

        var watch = Stopwatch.StartNew();
        ps.Stop();
        watch.Stop();
        // The emulator holds the request for 30 s: returning in a few seconds proves the request was cancelled, not
        // waited out. The bound is loose because CI machines may be loaded (typically it takes tens of ms).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Stop took {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(invocation.IsCompleted);
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
    }

    [Fact]
    public async Task Typed_objects_reach_the_pipeline_from_a_hosted_runspace()
    {
        await _emulator.ResetAsync();
        using System.Management.Automation.PowerShell ps = ModuleHost.Create();
        ps.AddScript("param($url, $token) Connect-Circle -Token $token -ApiUrl $url; Get-CirclePipeline -ProjectSlug gh/acme/api | Select-Object -First 3")
          .AddArgument(_emulator.Url).AddArgument(EmulatorTokens.Admin);
        var results = ps.Invoke();
        Assert.False(ps.HadErrors, string.Join("; ", ps.Streams.Error.Select(e => e.ToString())));
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.IsType<CircleCi.PowerShell.Models.Pipeline>(r.BaseObject));
        Assert.Single(await _emulator.RequestsAsync("/api/v2/project/gh/acme/api/pipeline"));
    }
}
