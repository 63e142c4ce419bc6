namespace CircleCi.Emulator.State;

/// <summary>An action the API refuses: the status code and CircleCI's {"message"}.</summary>
public sealed record CiError(int Status, string Message);

/// <summary>
/// What the CI endpoints do to the model: trigger, continue, cancel, approve, rerun. Each method expects
/// <see cref="Sync"/> held and the model advanced to the clock (the API middleware does both in that order).
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>A new pipeline on a branch or tag; its scenario decides what happens next. Null for scenario "none".</summary>
    public PipelineRecord? TriggerPipeline(ProjectRecord project, string? branch, string? tag,
        Dictionary<string, object?>? parameters, UserRecord actor, string triggerType = "api")
    {
        var scenario = CiScenarios.Choose(ScenarioOverride, parameters, tag ?? branch);
        if (scenario.Name == CiScenarios.None) return null;
        var now = Clock.Now;
        var all = PipelinesByProject[project.Slug];
        var number = all.Count == 0 ? 1 : all.Max(p => p.Number) + 1;
        var revision = Seed.RevisionFor(project.Slug + "@" + now.Ticks);
        var pipeline = new PipelineRecord
        {
            Id = Guid.NewGuid(), ProjectSlug = project.Slug, Number = number, CreatedAt = now, UpdatedAt = now,
            Trigger = new PipelineTrigger(triggerType, now, new TriggerActor(actor.Login, actor.AvatarUrl ?? "")),
            TriggerParameters = parameters,
            Scenario = scenario.Name,
            Vcs = new PipelineVcs
            {
                ProviderName = project.VcsInfo.Provider == "Bitbucket" ? "Bitbucket" : "GitHub",
                TargetRepositoryUrl = project.VcsInfo.VcsUrl, OriginRepositoryUrl = project.VcsInfo.VcsUrl,
                Revision = revision, Branch = tag is null ? branch : null, Tag = tag,
                Commit = new VcsCommit($"Build {tag ?? branch}", ""),
            },
        };
        AddPipeline(pipeline);
        switch (scenario.Name)
        {
            case CiScenarios.ConfigError:
                pipeline.State = "errored";
                pipeline.Errors = new() { new PipelineError("config", CiScenarios.ConfigErrorMessage) };
                break;
            case CiScenarios.NoWorkflow:
                break;
            case CiScenarios.Setup:
                pipeline.State = "setup";
                pipeline.ContinuationKey = "ck-" + Guid.NewGuid().ToString("N");
                CreateWorkflow(pipeline, "setup", CiScenarios.Jobs(CiScenarios.Setup), actor.Id, tag: "setup");
                break;
            default:
                var wf = CreateWorkflow(pipeline, CiScenarios.WorkflowName, CiScenarios.Jobs(scenario.Name), actor.Id, CiScenarios.FailingJob(scenario));
                CiFailures.Apply(this, wf, scenario);
                break;
        }
        return pipeline;
    }

    /// <summary>POST /pipeline/continue: the key is single-use and only valid while the pipeline is in setup.</summary>
    public CiError? ContinuePipeline(string key, string configuration, Dictionary<string, object?>? parameters, UserRecord actor)
    {
        var pipeline = Pipelines.Values.FirstOrDefault(p => p.ContinuationKey == key);
        if (pipeline is null) return new CiError(400, "Invalid continuation key.");
        if (string.IsNullOrWhiteSpace(configuration)) return new CiError(400, "Configuration must not be empty.");
        pipeline.ContinuationKey = null;
        pipeline.State = "created";
        pipeline.UpdatedAt = Clock.Now;
        var scenario = CiScenarios.Choose(null, parameters, null);
        CreateWorkflow(pipeline, CiScenarios.WorkflowName, CiScenarios.Jobs(scenario.Name), actor.Id, CiScenarios.FailingJob(scenario));
        return null;
    }

    public void CancelWorkflow(WorkflowRecord wf, Guid? by)
    {
        if (IsFinishedWorkflow(wf.Status)) return; // CircleCI accepts the request; nothing is left to stop
        var now = Clock.Now;
        foreach (var job in JobsByWorkflow.GetValueOrDefault(wf.Id) ?? new())
            if (!IsFinishedJob(job.Status)) StopJob(job, by, now);
        (wf.Status, wf.CanceledBy, wf.StoppedAt) = ("canceled", by, now);
        ActiveWorkflows.Remove(wf.Id);
    }

    public CiError? CancelJob(JobRecord job, Guid? by)
    {
        if (IsFinishedJob(job.Status)) return new CiError(400, $"Job is already {job.Status}.");
        StopJob(job, by, Clock.Now);
        if (Workflows.TryGetValue(job.WorkflowId, out var wf))
        {
            ActiveWorkflows.Add(wf.Id);
            Step(wf, Clock.Now);
        }
        return null;
    }

    private static void StopJob(JobRecord job, Guid? by, DateTime now)
    {
        (job.Status, job.CanceledBy) = ("canceled", by);
        if (job.StartedAt is not null) job.StoppedAt = now;
    }

    public CiError? Approve(WorkflowRecord wf, Guid approvalRequestId, Guid by)
    {
        var job = JobsByWorkflow.GetValueOrDefault(wf.Id)?.FirstOrDefault(j => j.ApprovalRequestId == approvalRequestId);
        if (job is null) return new CiError(404, "Approval request not found.");
        if (job.Status != "on_hold") return new CiError(400, $"Job {job.Name} is not on hold (it is {job.Status}).");
        var now = Clock.Now;
        (job.Status, job.ApprovedBy, job.StoppedAt) = ("success", by, now);
        ActiveWorkflows.Add(wf.Id);
        Step(wf, now);
        return null;
    }

    /// <summary>
    /// POST /workflow/{id}/rerun: a new workflow of the same pipeline. Jobs that are not rerun are copied as they
    /// ended (same number); rerun jobs get new numbers, and now pass (the flaky failure is gone), unless the pipeline
    /// ran the "broken" scenario, whose failing job fails again.
    /// </summary>
    public CiError? Rerun(WorkflowRecord wf, bool fromFailed, IReadOnlyList<Guid> jobIds, bool enableSsh, bool sparseTree,
        Guid by, out WorkflowRecord? rerun)
    {
        rerun = null;
        var jobs = JobsByWorkflow.GetValueOrDefault(wf.Id) ?? new();
        if (!IsFinishedWorkflow(wf.Status)) return new CiError(400, "Cannot rerun a workflow that is still running.");
        if (fromFailed && jobIds.Count > 0) return new CiError(400, "from_failed and jobs are mutually exclusive.");
        if ((enableSsh || sparseTree) && jobIds.Count == 0) return new CiError(400, "enable_ssh and sparse_tree require jobs.");
        if (fromFailed && !jobs.Any(j => j.Status is "failed" or "canceled" or "not_run")) return new CiError(400, "Workflow has no failed jobs to rerun.");
        var unknown = jobIds.Where(id => jobs.All(j => j.Id != id)).ToList();
        if (unknown.Count > 0) return new CiError(400, $"Job {unknown[0]} is not part of workflow {wf.Id}.");

        var selected = new HashSet<Guid>(jobIds.Count > 0 ? jobIds
            : fromFailed ? jobs.Where(j => j.Status != "success").Select(j => j.Id) : jobs.Select(j => j.Id));
        if (!sparseTree) // everything downstream of a rerun job runs again too
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var j in jobs)
                    if (!selected.Contains(j.Id) && j.Dependencies.Any(selected.Contains)) grew = selected.Add(j.Id);
            }

        var now = Clock.Now;
        var copy = new WorkflowRecord
        {
            Id = Guid.NewGuid(), PipelineId = wf.PipelineId, PipelineNumber = wf.PipelineNumber, ProjectSlug = wf.ProjectSlug,
            Name = wf.Name, Status = "running", StartedBy = by, CreatedAt = now, Tag = wf.Tag,
        };
        AddWorkflow(copy);
        var newIds = jobs.ToDictionary(j => j.Id, _ => Guid.NewGuid());
        var broken = Pipelines.GetValueOrDefault(wf.PipelineId)?.Scenario == CiScenarios.Broken;
        foreach (var old in jobs)
        {
            var again = selected.Contains(old.Id);
            var job = new JobRecord
            {
                Id = newIds[old.Id], WorkflowId = copy.Id, Name = old.Name, ProjectSlug = old.ProjectSlug, Type = old.Type,
                JobNumber = old.JobNumber is null ? null : again ? TakeJobNumber(old.ProjectSlug) : old.JobNumber,
                ApprovalRequestId = old.ApprovalRequestId is null ? null : newIds[old.Id],
                Dependencies = old.Dependencies.Select(d => newIds.GetValueOrDefault(d)).ToList(),
                Parallelism = old.Parallelism, FailingNode = old.FailingNode, Duration = old.Duration,
                Status = again ? "blocked" : old.Status, Outcome = broken ? old.Outcome : "success", SshEnabled = again && enableSsh,
                RetryOf = again ? old.JobNumber : null,
                StartedAt = again ? null : old.StartedAt, StoppedAt = again ? null : old.StoppedAt, QueuedAt = again ? null : old.QueuedAt,
                ApprovedBy = again ? null : old.ApprovedBy,
            };
            if (again) AddJob(job);
            else AddJobCopy(job);
            if (again && TestRunsByJob.TryGetValue(old.Id, out var tests))
                TestRunsByJob[job.Id] = broken ? tests.ToList() : tests.Select(t => t with { Result = t.Result == "failure" ? "success" : t.Result }).ToList();
        }
        ActiveWorkflows.Add(copy.Id);
        Step(copy, now);
        rerun = copy;
        return null;
    }

    /// <summary>A job carried unchanged into a rerun: listed in the new workflow, but its number keeps pointing at the original.</summary>
    private void AddJobCopy(JobRecord job)
    {
        Jobs[job.Id] = job;
        if (job.JobNumber is { } number && FindJob(job.ProjectSlug, number) is { } original) original.LatestWorkflowId = job.WorkflowId;
        if (!JobsByWorkflow.TryGetValue(job.WorkflowId, out var list)) JobsByWorkflow[job.WorkflowId] = list = new();
        list.Add(job);
    }
}
