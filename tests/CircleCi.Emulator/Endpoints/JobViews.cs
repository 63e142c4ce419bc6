using System.Security.Cryptography;
using System.Text;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>The job shapes built from a <see cref="JobRecord"/>: v2 job details and the v1.1 job with steps.</summary>
public static class JobViews
{
    /// <summary>getJobDetails. Call with the state lock held.</summary>
    public static object Detail(EmulatorState state, JobRecord job)
    {
        var wf = state.Workflows.GetValueOrDefault(job.WorkflowId);
        var project = state.Projects.GetValueOrDefault(job.ProjectSlug);
        return new
        {
            number = job.JobNumber,
            name = job.Name,
            status = job.Status,
            web_url = WebUrl(job, wf),
            parallelism = job.Parallelism,
            parallel_runs = Enumerable.Range(0, job.Parallelism).Select(i => new { index = i, status = NodeStatus(job, i) }),
            executor = new { resource_class = state.ResourceClassFor(job), type = "docker" },
            duration = Json.OrNull(job is { StartedAt: { } s, StoppedAt: { } e } ? (long?)(e - s).TotalMilliseconds : null),
            created_at = job.QueuedAt ?? job.StartedAt ?? wf?.CreatedAt,
            queued_at = job.QueuedAt ?? job.StartedAt ?? wf?.CreatedAt,
            started_at = Json.OrNull(job.StartedAt), // null until it starts (see openapi-defects.json)
            stopped_at = job.StoppedAt,
            pipeline = new { id = wf?.PipelineId },
            latest_workflow = new { id = job.LatestWorkflowId ?? job.WorkflowId, name = wf?.Name },
            project = new { id = project?.Id, slug = job.ProjectSlug, name = project?.Name, external_url = project?.VcsInfo.VcsUrl },
            organization = new { name = project?.OrganizationName },
            contexts = Array.Empty<object>(),
            messages = job.SshEnabled
                ? new[] { new { type = "info", message = "SSH is enabled for this job.", reason = "rerun-with-ssh" } }
                : Array.Empty<object>(),
        };
    }

    /// <summary>API v1.1 GET /project/{vcs}/{org}/{repo}/{n}: lifecycle, outcome, v1 status and steps with output_url.</summary>
    public static object V1Build(EmulatorState state, JobRecord job, Uri otherUrl)
    {
        var wf = state.Workflows.GetValueOrDefault(job.WorkflowId);
        var pipeline = wf is null ? null : state.Pipelines.GetValueOrDefault(wf.PipelineId);
        var parts = job.ProjectSlug.Split('/');
        var vcs = parts[0] switch { "gh" => "github", "bb" => "bitbucket", var v => v };
        var now = state.Clock.Now;
        var steps = CiJobSteps.Actions(job, now).GroupBy(a => a.Step).OrderBy(g => g.Key).Select(g => new
        {
            name = g.First().Name,
            actions = g.OrderBy(a => a.Index).Select(a => new
            {
                name = a.Name, index = a.Index, step = a.Step, status = a.Status, exit_code = a.ExitCode,
                start_time = a.Start, end_time = a.End, bash_command = a.Command.Length > 0 ? a.Command : null,
                run_time_millis = a.End is { } end ? (long?)(end - a.Start).TotalMilliseconds : null,
                has_output = true, type = "test", failed = a.Status == "failed" ? true : (bool?)null,
                timedout = a.Status == "timedout" ? true : (bool?)null, infrastructure_fail = a.Status == "infrastructure_fail" ? true : (bool?)null,
                canceled = a.Status == "canceled" ? true : (bool?)null,
                output_url = OutputUrl(otherUrl, vcs, parts[1], parts[2], job, a),
            }),
        });
        var (lifecycle, outcome) = job.Status switch
        {
            "queued" or "blocked" => ("queued", (string?)null),
            "running" => ("running", null),
            "not_run" => ("not_run", null),
            var other => ("finished", other),
        };
        return new
        {
            build_num = job.JobNumber, username = parts[1], reponame = parts[2], vcs_type = vcs,
            branch = pipeline?.Vcs?.Branch, vcs_tag = pipeline?.Vcs?.Tag, vcs_revision = pipeline?.Vcs?.Revision,
            subject = pipeline?.Vcs?.Commit?.Subject, build_url = WebUrl(job, wf),
            status = job.Status, lifecycle, outcome, parallel = job.Parallelism,
            queued_at = job.QueuedAt, start_time = job.StartedAt, stop_time = job.StoppedAt,
            build_time_millis = job is { StartedAt: { } s, StoppedAt: { } e } ? (long?)(e - s).TotalMilliseconds : null,
            retry_of = job.RetryOf, ssh_enabled = job.SshEnabled,
            workflows = new { workflow_id = job.WorkflowId, workflow_name = wf?.Name, job_name = job.Name, job_id = job.Id },
            steps,
        };
    }

    /// <summary>The "presigned" log link on the second listener; the signature only makes it look like one.</summary>
    public static string OutputUrl(Uri otherUrl, string vcs, string org, string repo, JobRecord job, StepAction a)
    {
        var path = $"output/{vcs}/{org}/{repo}/{job.JobNumber}/{a.Step}/{a.Index}";
        var sig = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..32];
        return new Uri(otherUrl, path).AbsoluteUri + "?X-Amz-Expires=600&X-Amz-Signature=" + sig;
    }

    private static string NodeStatus(JobRecord job, int index) =>
        job.Status == "failed" && index != job.FailingNode ? "success" : job.Status;

    private static string WebUrl(JobRecord job, WorkflowRecord? wf) =>
        $"https://app.circleci.com/pipelines/{job.ProjectSlug}/{wf?.PipelineNumber}/workflows/{job.WorkflowId}/jobs/{job.JobNumber}";
}
