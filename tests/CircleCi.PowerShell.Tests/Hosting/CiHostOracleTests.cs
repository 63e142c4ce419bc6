using System.Diagnostics;
using System.Text.Json;
using CircleCi.PowerShell.Core.Hosting;
using Xunit;

namespace CircleCi.PowerShell.Tests.Hosting;

/// <summary>
/// Our GitHub Actions and Azure DevOps commands against the hosts' own toolkits for the same inputs: @actions/core
/// 3.0.1 and azure-pipelines-task-lib 5.281.0, run by node from tests/Oracles (build.ps1 test installs them with
/// npm ci). Skipped where node or the packages are absent.
/// </summary>
public sealed class CiHostOracleTests
{
    public sealed record Case(string Title, string Message, string? File, long? Line, string Secret, string Name, string Value, string Path);

    public static readonly Case[] Cases =
    {
        new("CircleCI build-and-test/test", "Job test #12 failed: step \"Run tests\" exited with code 1.", null, null, "CCIPAT_0123456789abcdef", "circleci_status", "failed", "/tmp/summary.md"),
        new("tests.report.test_50%_rate[a:b,c]", "AssertionError: rate 50% != 100%\r\nexpected: a, b\nfound: c", "tests/report:v2,final.py", 42,
            "CCIPAT_a%b;c]d:e,f", "circleci_pipeline_url", "https://app.circleci.com/pipelines/github/acme/api/7?x=1%2C2;y]z\r\nline 2\n", "/tmp/s;um]%25.md"),
        new("only%", "%0A%25 already-escaped-looking text %AZP25", "a b/c.py", 1, "%", "n", "", "C:\\agent\\_temp\\x.md"),
    };

    [SkippableFact]
    public void GitHubAndAzureCommandsMatchTheirToolkits()
    {
        string oracles = Path.Combine(TestPaths.RepoRoot, "tests", "Oracles");
        Skip.IfNot(Directory.Exists(Path.Combine(oracles, "node_modules", "@actions", "core")) &&
                   Directory.Exists(Path.Combine(oracles, "node_modules", "azure-pipelines-task-lib")),
            "tests/Oracles/node_modules is missing: run npm ci there (build.ps1 test does when npm is on PATH).");
        string? node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
        Skip.If(node == null, "node is not on PATH.");

        var psi = new ProcessStartInfo(node!, "oracle.mjs")
        {
            WorkingDirectory = oracles, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        process.StandardInput.Write(JsonSerializer.Serialize(Cases, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        process.StandardInput.Close();
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "node oracle.mjs failed: " + stderr);
        string json = stdout.Split('\n').Single(l => l.StartsWith("ORACLE:", StringComparison.Ordinal)).Substring("ORACLE:".Length);
        var results = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(json)!;
        Assert.Equal(Cases.Length, results.Count);

        string eol = Environment.NewLine;
        for (int i = 0; i < Cases.Length; i++)
        {
            Case c = Cases[i];
            Dictionary<string, string> oracle = results[i];
            var annotation = new CiAnnotation(c.Title, c.Message, c.File, c.Line);
            Assert.Equal(oracle["githubError"], GitHubActionsWriter.ErrorCommand(annotation) + eol);
            Assert.Equal(oracle["githubMask"], GitHubActionsWriter.Command("add-mask", null, c.Secret) + eol);
            Assert.Equal(oracle["githubGroup"], Lines(write => new GitHubActionsWriter(write, _ => null), w => { w.StartGroup(c.Title); w.EndGroup(); }, eol));
            Assert.Equal(oracle["githubOutput"], GitHubActionsWriter.OutputEntry(c.Name, c.Value, "DELIMITER"));
            Assert.Equal(oracle["azureError"], AzureDevOpsWriter.ErrorCommand(annotation) + eol);
            Assert.Equal(oracle["azureMask"], Lines(write => new AzureDevOpsWriter(write, _ => null), w => w.Mask(c.Secret), eol));
            Assert.Equal(oracle["azureOutput"], AzureDevOpsWriter.SetVariableCommand(c.Name, c.Value, isOutput: true));
            Assert.Equal(oracle["azureSummary"], AzureDevOpsWriter.Command("task.uploadsummary", null, c.Path) + eol);
        }
    }

    /// <summary>What a writer prints, each line ended as the toolkits end theirs.</summary>
    private static string Lines(Func<Action<string>, CiHostWriter> make, Action<CiHostWriter> act, string eol)
    {
        var lines = new List<string>();
        act(make(lines.Add));
        return string.Concat(lines.Select(l => l + eol));
    }

    private static string? FindOnPath(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, file)).FirstOrDefault(File.Exists);
}
