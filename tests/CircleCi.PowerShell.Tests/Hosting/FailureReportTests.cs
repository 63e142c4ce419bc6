using CircleCi.PowerShell.Core.Failures;
using CircleCi.PowerShell.Core.Hosting;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Hosting;

/// <summary>The pure parts of the failure report and host detection.</summary>
public sealed class FailureReportTests
{
    [Theory]
    [InlineData(null, null, null, CiHostKind.None)]
    [InlineData(null, "true", null, CiHostKind.GitHubActions)]
    [InlineData(null, null, "True", CiHostKind.AzureDevOps)]
    [InlineData("Off", "true", null, CiHostKind.None)]
    [InlineData("Auto", "true", null, CiHostKind.GitHubActions)]
    [InlineData("AzureDevOps", null, null, CiHostKind.AzureDevOps)]
    public void DetectsTheHostFromTheEnvironmentUnlessTheSessionSaysOtherwise(string? setting, string? github, string? tfBuild, CiHostKind expected)
    {
        var env = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = github, ["TF_BUILD"] = tfBuild };
        Assert.Equal(expected, CiHost.Detect(setting, name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void TheEnvironmentSettingForcesOrTurnsOffTheHost()
    {
        var env = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", [CiHost.SettingVariable] = "off" };
        Assert.Equal(CiHostKind.None, CiHost.Detect(null, name => env.GetValueOrDefault(name)));
        env[CiHost.SettingVariable] = "azure";
        Assert.Equal(CiHostKind.AzureDevOps, CiHost.Detect(null, name => env.GetValueOrDefault(name)));
        Assert.False(CiHost.IsValidSetting("jenkins"));
    }

    [Theory]
    [InlineData("tests/a.py", "tests/a.py:42: AssertionError", 42L)]
    [InlineData("tests/a.py", "File tests/a.py:7 in test_x\nboom", 7L)]
    [InlineData("tests/a.py", "tests/b.py:42: AssertionError", null)]
    [InlineData("tests/a.py", "AssertionError", null)]
    [InlineData(null, "x.py:1", null)]
    public void FindsTheLineTheMessagePointsAtInTheTestsFile(string? file, string message, long? line) =>
        Assert.Equal(line, FailureReporter.LineOf(file, message));

    [Fact]
    public void TailKeepsTheLastLinesWithoutAnsiCodes()
    {
        string log = "one\r\n\u001b[31mtwo\u001b[0m\n\u001b]8;;http://x\u0007three\u001b]8;;\u0007\nfour\n\n";
        Assert.Equal("two\nthree\nfour", FailureReporter.Tail(log, 3));
        Assert.Equal("four", FailureReporter.Tail(log, 1));
    }

    [Fact]
    public void StepReasonsComeFromCircleCisFlagsWhenTheExitCodeIsNull()
    {
        Assert.Equal("TimedOut", FailureReporter.StepReason(new V1Action { Status = "failed", Timedout = true }));
        Assert.Equal("InfrastructureFailure", FailureReporter.StepReason(new V1Action { Status = "infrastructure_fail" }));
        Assert.Equal("Canceled", FailureReporter.StepReason(new V1Action { Status = "canceled" }));
        Assert.Equal("ExitCode", FailureReporter.StepReason(new V1Action { Status = "failed", ExitCode = 2 }));
        Assert.Equal("Failed", FailureReporter.StepReason(new V1Action { Status = "failed" }));
        Assert.True(FailureReporter.IsFailing(new V1Action { Status = "success", ExitCode = 3 }));
        Assert.False(FailureReporter.IsFailing(new V1Action { Status = "canceled" }));
    }

    [Fact]
    public void JobReasonPrefersTheJobsOwnStatusThenTestsThenSteps()
    {
        var exit = new List<FailedStep> { new() { Reason = "ExitCode", ExitCode = 1 } };
        var tests = new List<FailedTest> { new() { Name = "t" } };
        Assert.Equal("TimedOut", FailureReporter.ReasonOf("timedout", exit, tests));
        Assert.Equal("TestsFailed", FailureReporter.ReasonOf("failed", exit, tests));
        Assert.Equal("ExitCode", FailureReporter.ReasonOf("failed", exit, new List<FailedTest>()));
        Assert.Equal("Failed", FailureReporter.ReasonOf("failed", new List<FailedStep>(), new List<FailedTest>()));
    }

    [Fact]
    public void WebLinksUseTheAppHostForCircleCiComAndTheServersOwnHostOtherwise()
    {
        var id = Guid.Parse("5034460f-c7c4-4c43-9457-de07e2029e7b");
        Assert.Equal($"https://app.circleci.com/pipelines/github/acme/api/7/workflows/{id}/jobs/12", new WebLinks("https://circleci.com").Job("gh/acme/api", 7, id, 12));
        Assert.Equal("https://ci.example.com/pipelines/bitbucket/acme/api/7", new WebLinks("https://ci.example.com/").Pipeline("bb/acme/api", 7));
    }
}
