namespace CircleCi.Emulator.State;

/// <summary>
/// History that makes Insights worth computing, on top of <see cref="Seed"/>: resource classes (credits), a rerun
/// of some failed gh/acme/api workflows on the same commit, and JUnit-style test results for every finished
/// "test" job, some of which both fail and pass on the same commit (flaky). Deterministic like the seed.
/// </summary>
public static class InsightsSeed
{
    /// <summary>gh/acme/api pipelines whose failed build-and-test was rerun (from failed) and then passed.</summary>
    public static bool IsRerun(long pipelineNumber) => pipelineNumber % 14 == 3;

    internal static void Load(EmulatorState s)
    {
        s.ResourceClassByJobName.Clear();
        s.TestRunsByJob.Clear();
        s.ResourceClassByJobName["build"] = "medium";
        s.ResourceClassByJobName["test"] = "large";
        s.ResourceClassByJobName["lint"] = "small";
        s.ResourceClassByJobName["deploy"] = "medium+";

        var salt = s.Options.Seed;
        foreach (var pipeline in s.PipelinesByProject.GetValueOrDefault(Seed.ApiProject) ?? new())
        {
            var workflows = s.WorkflowsByPipeline.GetValueOrDefault(pipeline.Id);
            var original = workflows?.FirstOrDefault(w => w.Name == "build-and-test");
            if (original is null) continue;
            AddTestRuns(s, original, pipeline.Number, rerun: false);
            if (original.Status == "failed" && IsRerun(pipeline.Number))
                AddRerun(s, pipeline, original, salt);
        }
    }

    private static void AddRerun(EmulatorState s, PipelineRecord p, WorkflowRecord failed, string? salt)
    {
        var key = p.ProjectSlug + "#" + p.Number + "/build-and-test/rerun";
        var created = failed.StoppedAt!.Value.AddMinutes(2);
        var wf = new WorkflowRecord
        {
            Id = Seed.IdFor("workflow:" + key, salt), PipelineId = p.Id, PipelineNumber = p.Number, ProjectSlug = p.ProjectSlug,
            Name = "build-and-test", Status = "success", StartedBy = failed.StartedBy, CreatedAt = created,
            StoppedAt = created.AddMinutes(2 + p.Number % 3),
        };
        s.AddWorkflow(wf);
        var offset = 0;
        foreach (var name in new[] { "build", "test", "lint" })
        {
            var started = created.AddSeconds(5 + offset * 30);
            s.AddJob(new JobRecord
            {
                Id = Seed.IdFor("job:" + key + "/" + name, salt), WorkflowId = wf.Id, Name = name, ProjectSlug = p.ProjectSlug,
                JobNumber = s.TakeJobNumber(p.ProjectSlug), Status = "success",
                StartedAt = started, StoppedAt = started.AddSeconds(35 + p.Number % 11),
            });
            offset++;
        }
        AddTestRuns(s, wf, p.Number, rerun: true);
    }

    /// <summary>
    /// Six tests per finished "test" job. In a failed workflow test_create_order fails (it passes on the rerun:
    /// flaky) and so does test_login_succeeds on every fourth such commit; test_payment_timeout fails where
    /// no rerun followed (consistently broken, never flaky). Feature-branch runs skip test_refund.
    /// </summary>
    private static void AddTestRuns(EmulatorState s, WorkflowRecord wf, long n, bool rerun)
    {
        var job = s.JobsByWorkflow.GetValueOrDefault(wf.Id)?.FirstOrDefault(j => j.Name == "test");
        if (job is null || job.Status is not ("success" or "failed")) return;
        var failedRun = !rerun && wf.Status == "failed";
        var onFeature = n % 3 == 0;
        string Outcome(bool fails) => fails ? "failure" : "success";
        s.TestRunsByJob[job.Id] = new List<TestRunRecord>
        {
            new("tests.test_auth", "test_login_succeeds", "tests/test_auth.py", Outcome(failedRun && n % 28 == 3), 0.8 + n % 5 * 0.1),
            new("tests.test_auth", "test_logout", "tests/test_auth.py", "success", 0.3),
            new("tests.test_orders", "test_create_order", "tests/test_orders.py", Outcome(failedRun), 2.5 + n % 4 * 0.25),
            new("tests.test_orders", "test_refund", "tests/test_orders.py", onFeature ? "skipped" : "success", onFeature ? 0 : 1.2),
            new("tests.test_search", "test_full_text_search", "tests/test_search.py", "success", 12 + n % 7),
            new("tests.test_payments", "test_payment_timeout", "tests/test_payments.py", Outcome(failedRun && !InsightsSeed.IsRerun(n)), 4.0),
        };
    }
}
