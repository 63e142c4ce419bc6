namespace CircleCi.Emulator.State;

/// <summary>
/// How the CI model's jobs move with <see cref="Clock"/>: blocked → queued (when their upstream jobs succeeded) →
/// running (after <see cref="QueueDelay"/>) → their planned outcome (after their duration); approval jobs wait
/// on_hold; downstream of a failed or canceled job is not_run. Times come from the events, not from when the
/// emulator looked, so answers do not depend on how often a client polls.
/// </summary>
public sealed partial class EmulatorState
{
    public static readonly TimeSpan QueueDelay = TimeSpan.FromSeconds(2);

    private static readonly HashSet<string> FinishedJobStatuses = new(StringComparer.Ordinal)
    {
        "success", "failed", "canceled", "not_run", "infrastructure_fail", "timedout", "retried", "unauthorized", "terminated-unknown",
    };

    public static bool IsFinishedJob(string status) => FinishedJobStatuses.Contains(status);

    public static bool IsFinishedWorkflow(string status) => status is "success" or "failed" or "error" or "canceled" or "not_run" or "unauthorized";

    /// <summary>Brings every active workflow up to the clock. Runs before each API request.</summary>
    public void Advance()
    {
        lock (Sync)
        {
            if (ActiveWorkflows.Count == 0) return;
            var now = Clock.Now;
            foreach (var id in ActiveWorkflows.ToList())
                if (Workflows.TryGetValue(id, out var wf)) Step(wf, now);
                else ActiveWorkflows.Remove(id);
        }
    }

    /// <summary>Creates a running workflow from a plan; its first jobs queue at once. Call with <see cref="Sync"/> held.</summary>
    public WorkflowRecord CreateWorkflow(PipelineRecord p, string name, IReadOnlyList<PlannedJob> plan, Guid startedBy,
        string? failJob = null, string? tag = null)
    {
        var now = Clock.Now;
        var wf = new WorkflowRecord
        {
            Id = Guid.NewGuid(), PipelineId = p.Id, PipelineNumber = p.Number, ProjectSlug = p.ProjectSlug, Name = name,
            Status = "running", StartedBy = startedBy, CreatedAt = now, Tag = tag,
        };
        AddWorkflow(wf);
        var ids = new Dictionary<string, Guid>();
        foreach (var planned in plan)
        {
            var id = Guid.NewGuid();
            ids[planned.Name] = id;
            var job = new JobRecord
            {
                Id = id, WorkflowId = wf.Id, Name = planned.Name, ProjectSlug = p.ProjectSlug, Status = "blocked",
                Type = planned.Approval ? "approval" : "build",
                JobNumber = planned.Approval ? null : TakeJobNumber(p.ProjectSlug),
                ApprovalRequestId = planned.Approval ? id : null,
                Dependencies = planned.Requires is not null ? new() { ids[planned.Requires] } : new(),
                Parallelism = planned.Parallelism, FailingNode = planned.Parallelism - 1,
                Duration = TimeSpan.FromSeconds(planned.Seconds),
                Outcome = planned.Name == failJob ? "failed" : "success",
            };
            AddJob(job);
            if (job.Name == "test") TestRunsByJob[job.Id] = PlannedTests(job.Outcome == "failed");
        }
        ActiveWorkflows.Add(wf.Id);
        Step(wf, now);
        return wf;
    }

    /// <summary>Moves one workflow's jobs as far as <paramref name="now"/> allows, then derives its status.</summary>
    public void Step(WorkflowRecord wf, DateTime now)
    {
        var jobs = JobsByWorkflow.GetValueOrDefault(wf.Id) ?? new();
        bool changed;
        do
        {
            changed = false;
            foreach (var job in jobs) changed |= StepJob(job, jobs, wf, now);
        } while (changed);

        wf.Status = WorkflowStatus(jobs, wf.Status);
        if (!IsFinishedWorkflow(wf.Status)) return;
        wf.StoppedAt ??= jobs.Select(j => j.StoppedAt).Where(t => t.HasValue).DefaultIfEmpty(now).Max() ?? now;
        ActiveWorkflows.Remove(wf.Id);
        if (Pipelines.TryGetValue(wf.PipelineId, out var pipeline)) pipeline.UpdatedAt = wf.StoppedAt;
    }

    private static bool StepJob(JobRecord job, List<JobRecord> jobs, WorkflowRecord wf, DateTime now)
    {
        switch (job.Status)
        {
            case "blocked":
                var deps = jobs.Where(d => job.Dependencies.Contains(d.Id)).ToList();
                if (deps.Any(d => IsFinishedJob(d.Status) && d.Status != "success"))
                {
                    job.Status = "not_run";
                    return true;
                }
                if (!deps.All(d => d.Status == "success")) return false;
                var ready = deps.Select(d => d.StoppedAt ?? wf.CreatedAt).Append(wf.CreatedAt).Max();
                if (ready > now) return false;
                if (job.Type == "approval") job.Status = "on_hold";
                else (job.Status, job.QueuedAt) = ("queued", ready);
                job.StartedAt = job.Type == "approval" ? ready : null;
                return true;
            case "queued" when job.QueuedAt + QueueDelay <= now:
                (job.Status, job.StartedAt) = ("running", job.QueuedAt + QueueDelay);
                return true;
            case "running" when job.StartedAt + job.Duration <= now:
                (job.Status, job.StoppedAt) = (job.Outcome, job.StartedAt + job.Duration);
                return true;
            default:
                return false;
        }
    }

    private static string WorkflowStatus(List<JobRecord> jobs, string current)
    {
        if (current == "canceled") return current;
        bool failed = jobs.Any(j => j.Status is "failed" or "infrastructure_fail" or "timedout");
        if (jobs.Any(j => j.Status is "queued" or "running")) return failed ? "failing" : "running";
        if (jobs.Any(j => j.Status == "on_hold")) return "on_hold"; // jobs still blocked wait behind the approval
        if (jobs.Any(j => j.Status == "blocked")) return failed ? "failing" : "running";
        if (jobs.Any(j => j.Status == "canceled")) return "canceled";
        return failed ? "failed" : "success";
    }

    /// <summary>25 JUnit results (more than one page of 20); one failure when the job fails.</summary>
    private static List<TestRunRecord> PlannedTests(bool failing)
    {
        var tests = new List<TestRunRecord>();
        for (var i = 1; i <= 25; i++)
        {
            var name = i == 7 ? "test_token_refresh" : $"test_case_{i:00}";
            var file = i <= 12 ? "tests/test_login.py" : "tests/test_orders.py";
            var classname = i <= 12 ? "tests.test_login" : "tests.test_orders";
            tests.Add(new TestRunRecord(classname, name, file, failing && i == 7 ? "failure" : "success", Math.Round(0.1 + i / 100.0, 2)));
        }
        return tests;
    }
}
