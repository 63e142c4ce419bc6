namespace CircleCi.Emulator.State;

/// <summary>
/// The failure scenarios a failure report must tell apart; each fails the scenario's job ("test" unless -FailJob):
/// <list type="bullet">
/// <item>failures: the job's last step exits 1 and three tests fail: one whose message names its file and line, one
/// that Insights already knows as flaky (tests.test_orders test_create_order), and one whose name, file and message
/// carry the characters CI hosts escape (%, :, ',', CR, LF). The step output has ANSI colours.</item>
/// <item>timeout: the job's last step is stopped for running too long: status timedout, exit_code null.</item>
/// <item>infra-fail: the job's first step ("Spin up environment") hits an infrastructure failure: status
/// infrastructure_fail, exit_code null; no test runs.</item>
/// </list>
/// </summary>
public static class CiFailures
{
    public const string Failures = "failures", Timeout = "timeout", InfraFail = "infra-fail";

    public const string TimeoutOutput = "Running make {0}...\nToo long with no output (exceeded 10m0s): context deadline exceeded\n";
    public const string InfraOutput = "Starting container cimg/base:2026.11\nUnexpected infrastructure failure: the machine was lost (spot instance reclaimed).\n";

    /// <summary>Sets the failing job's outcome and test results for the three scenarios; call with the state lock held.</summary>
    public static void Apply(EmulatorState state, WorkflowRecord wf, ScenarioChoice scenario)
    {
        if (scenario.Name is not (Failures or Timeout or InfraFail)) return;
        var failJob = CiScenarios.FailingJob(scenario);
        var job = state.JobsByWorkflow.GetValueOrDefault(wf.Id)?.FirstOrDefault(j => j.Name == failJob);
        if (job is null) return;
        job.Scenario = scenario.Name;
        job.Outcome = scenario.Name switch { Timeout => "timedout", InfraFail => "infrastructure_fail", _ => "failed" };
        if (scenario.Name == Failures) state.TestRunsByJob[job.Id] = Tests();
        else state.TestRunsByJob.Remove(job.Id); // a step that never finished stored no results
    }

    /// <summary>The status a step ends with when CircleCI stopped it (exit code null), or null when it ran its course.</summary>
    public static string? StepStatus(JobRecord job, int step, bool last, int node)
    {
        if (node != job.FailingNode) return null;
        if (job.Status == "timedout" && last) return "timedout";
        if (job.Status == "infrastructure_fail" && step == 0) return "infrastructure_fail";
        return null;
    }

    /// <summary>The output of a step these scenarios changed, or null for the usual one.</summary>
    public static string? Output(JobRecord job, StepAction action) => action.Status switch
    {
        "timedout" => string.Format(System.Globalization.CultureInfo.InvariantCulture, TimeoutOutput, job.Name),
        "infrastructure_fail" => InfraOutput,
        "failed" when job.Outcome == "failed" && job.Scenario == Failures =>
            $"collected 25 items (node {action.Index} of {job.Parallelism})\n" +
            "\u001b[31mFAILED\u001b[0m tests/test_login.py::test_token_refresh - AssertionError: expected 200, got 401\n" +
            "\u001b[31mFAILED\u001b[0m tests/test_orders.py::test_create_order - TimeoutError: order service did not answer\n" +
            "\u001b[31mFAILED\u001b[0m tests/report:v2,final.py::test_50%_rate[a:b,c] - AssertionError: rate 50% != 100%\n" +
            "\u001b[1m3 failed\u001b[0m, 22 passed in 4.20s\n\nExited with code exit status 1\n",
        _ => null,
    };

    public static List<TestRunRecord> Tests()
    {
        var tests = new List<TestRunRecord>();
        for (var i = 1; i <= 22; i++)
            tests.Add(new TestRunRecord(i <= 11 ? "tests.test_login" : "tests.test_orders", $"test_case_{i:00}",
                i <= 11 ? "tests/test_login.py" : "tests/test_orders.py", "success", Math.Round(0.1 + i / 100.0, 2)));
        tests.Add(new TestRunRecord("tests.test_login", "test_token_refresh", "tests/test_login.py", "failure", 0.42, "pytest",
            "tests/test_login.py:42: AssertionError: expected 200, got 401"));
        tests.Add(new TestRunRecord("tests.test_orders", "test_create_order", "tests/test_orders.py", "failure", 3.1, "pytest",
            "tests/test_orders.py:118: TimeoutError: order service did not answer"));
        tests.Add(new TestRunRecord("tests.report", "test_50%_rate[a:b,c]", "tests/report:v2,final.py", "failure", 0.05, "pytest",
            "AssertionError: rate 50% != 100%\r\nexpected: a, b\nfound: c"));
        return tests;
    }
}
