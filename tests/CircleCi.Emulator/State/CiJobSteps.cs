namespace CircleCi.Emulator.State;

/// <summary>One step action of a job (API v1.1 steps[].actions[]), as of the clock.</summary>
public sealed record StepAction(int Step, string Name, int Index, string? Status, int? ExitCode, DateTime Start, DateTime? End, string Command);

/// <summary>
/// The steps a job runs and the log each writes, derived from the job record and the clock, so v1.1 job details
/// and the second listener's log answers always agree.
/// </summary>
public static class CiJobSteps
{
    private static readonly (string Name, int Seconds, string Command)[] Preamble =
    {
        ("Spin up environment", 2, ""),
        ("Preparing environment variables", 1, ""),
        ("Checkout code", 3, "git clone --depth 1 \"$CIRCLE_REPOSITORY_URL\" ."),
    };

    /// <summary>Every action that has started by <paramref name="now"/>, step by step, one per parallel node.</summary>
    public static List<StepAction> Actions(JobRecord job, DateTime now)
    {
        var actions = new List<StepAction>();
        if (job.Type == "approval" || job.StartedAt is not { } started) return actions;
        var mainSeconds = Math.Max(1, job.Duration.TotalSeconds - Preamble.Sum(p => p.Seconds));
        var steps = Preamble.Append((Name: MainStepName(job.Name), Seconds: (int)mainSeconds, Command: "make " + job.Name)).ToArray();
        var end = job.StoppedAt ?? now;
        for (var node = 0; node < job.Parallelism; node++)
        {
            var at = started;
            for (var i = 0; i < steps.Length; i++)
            {
                if (at > end) break;
                var stepEnd = at.AddSeconds(steps[i].Seconds);
                var last = i == steps.Length - 1;
                string status; int? exit; DateTime? stopped;
                if (stepEnd <= end && !(job.Status == "canceled" && last))
                {
                    var failed = last && job.Status == "failed" && node == job.FailingNode;
                    (status, exit, stopped) = (failed ? "failed" : "success", failed ? 1 : 0, stepEnd);
                    // CircleCI leaves exit_code null for a step it stopped itself.
                    if (CiFailures.StepStatus(job, i, last, node) is { } stoppedBy) (status, exit) = (stoppedBy, null);
                }
                else if (job.Status == "canceled") (status, exit, stopped) = ("canceled", null, end);
                else (status, exit, stopped) = ("running", null, null);
                actions.Add(new StepAction(i, steps[i].Name, node, status, exit, at, stopped, steps[i].Command));
                if (stopped is null || status != "success") break;
                at = stepEnd;
            }
        }
        return actions;
    }

    /// <summary>The output of one action, as the presigned output_url serves it.</summary>
    public static string Output(JobRecord job, StepAction action)
    {
        switch (action.Name)
        {
            case "Spin up environment":
                return $"Starting container cimg/base:2026.11\nUsing resource class docker medium (node {action.Index})\n";
            case "Preparing environment variables":
                return "Using build environment variables:\n  CI=true\n  CIRCLE_BRANCH=main\n  CIRCLE_TOKEN=**REDACTED**\n";
            case "Checkout code":
                return "Cloning git repository\nChecking out commit\n";
        }
        if (CiFailures.Output(job, action) is { } special) return special;
        if (action.Status == "failed")
            return job.Name == "test"
                ? $"collected 13 items (node {action.Index} of {job.Parallelism})\nFAILED tests/test_login.py::test_token_refresh - AssertionError: expected 200, got 401\n1 failed, 12 passed in 3.41s\n\nExited with code exit status 1\n"
                : $"make: *** [{job.Name}] Error 1\n\nExited with code exit status 1\n";
        if (action.Status == "running") return $"Running make {job.Name}...\n";
        if (action.Status == "canceled") return $"Running make {job.Name}...\nReceived cancel signal.\n";
        return job.Name switch
        {
            "test" => $"collected 12 items (node {action.Index} of {job.Parallelism})\n12 passed in 3.02s\n",
            "deploy" => "Deploying to production\nRollout complete.\n",
            _ => $"make {job.Name}\n{job.Name}: done\n",
        };
    }

    private static string MainStepName(string jobName) => jobName switch
    {
        "test" => "Run tests",
        "build" => "Build",
        "deploy" => "Deploy",
        _ => "Run " + jobName,
    };
}
