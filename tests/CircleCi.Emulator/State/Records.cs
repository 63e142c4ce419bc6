using System.Text.Json.Serialization;

namespace CircleCi.Emulator.State;

// Records serialize directly with Json.Options (snake_case); fields the API does not
// send are [JsonIgnore]. Classes (not positional records) so later areas can mutate state.

public sealed class UserRecord
{
    public required Guid Id { get; init; }
    public required string Login { get; init; }
    public required string Name { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? AvatarUrl { get; init; }
    [JsonIgnore] public string Token { get; init; } = "";
    [JsonIgnore] public bool IsAdmin { get; init; }
    /// <summary>Org slugs the user collaborates on (GET /me/collaborations).</summary>
    [JsonIgnore] public List<string> OrgSlugs { get; init; } = new();
}

public sealed class OrgRecord
{
    public required Guid? Id { get; init; }
    [JsonPropertyName("vcs-type")] public required string VcsType { get; init; }
    public required string Name { get; init; }
    public required string AvatarUrl { get; init; }
    public required string Slug { get; init; }
}

public sealed class ProjectRecord
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required Guid Id { get; init; }
    public required string OrganizationName { get; init; }
    public required string OrganizationSlug { get; init; }
    public required Guid OrganizationId { get; init; }
    public required VcsInfo VcsInfo { get; init; }
}

public sealed record VcsInfo(string VcsUrl, string Provider, string DefaultBranch);

public sealed class PipelineRecord
{
    public required Guid Id { get; init; }
    public List<PipelineError> Errors { get; set; } = new();
    public required string ProjectSlug { get; init; }
    public DateTime? UpdatedAt { get; set; }
    public required long Number { get; init; }
    public Dictionary<string, object?>? TriggerParameters { get; set; }
    public string State { get; set; } = "created";
    public required DateTime CreatedAt { get; init; }
    public required PipelineTrigger Trigger { get; init; }
    public PipelineVcs? Vcs { get; init; }
    /// <summary>The CI model's scenario (State/CiScenarios.cs) that made its workflows; null for seeded pipelines.</summary>
    [JsonIgnore] public string? Scenario { get; set; }
    /// <summary>Set while a setup workflow waits for POST /pipeline/continue; single-use.</summary>
    [JsonIgnore] public string? ContinuationKey { get; set; }
}

public sealed record PipelineError(string Type, string Message);

public sealed record PipelineTrigger(string Type, DateTime ReceivedAt, TriggerActor Actor);

public sealed record TriggerActor(string Login, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? AvatarUrl);

public sealed class PipelineVcs
{
    public required string ProviderName { get; init; }
    public required string TargetRepositoryUrl { get; init; }
    public required string OriginRepositoryUrl { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public required string? Revision { get; init; }
    public string? Branch { get; init; }
    public string? Tag { get; init; }
    public string? ReviewId { get; init; }
    public string? ReviewUrl { get; init; }
    public VcsCommit? Commit { get; init; }
}

public sealed record VcsCommit([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Subject, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Body);

public sealed class WorkflowRecord
{
    public required Guid PipelineId { get; init; }
    public Guid? CanceledBy { get; set; }
    public required Guid Id { get; init; }
    public int? AutoRerunNumber { get; set; }
    public required string Name { get; init; }
    public required string ProjectSlug { get; init; }
    public Guid? ErroredBy { get; set; }
    public string? Tag { get; set; }
    public required string Status { get; set; }
    public required Guid StartedBy { get; init; }
    public int? MaxAutoReruns { get; set; }
    public required long PipelineNumber { get; init; }
    public required DateTime CreatedAt { get; init; }
    /// <summary>Required and nullable: null while the workflow runs.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public DateTime? StoppedAt { get; set; }
}

/// <summary>A workflow's job as listed by GET /workflow/{id}/job.</summary>
public sealed class JobRecord
{
    public Guid? CanceledBy { get; set; }
    public List<Guid> Dependencies { get; init; } = new();
    public long? JobNumber { get; init; }
    public required Guid Id { get; init; }
    /// <summary>Required by the document; null until the job starts (see openapi-defects.json).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public DateTime? StartedAt { get; set; }
    public required string Name { get; init; }
    public Guid? ApprovedBy { get; set; }
    public required string ProjectSlug { get; init; }
    public required string Status { get; set; }
    public string Type { get; init; } = "build";
    public DateTime? StoppedAt { get; set; }
    public Guid? ApprovalRequestId { get; init; }
    /// <summary>Workflow the job belongs to (not an API field of the list item).</summary>
    [JsonIgnore] public Guid WorkflowId { get; init; }

    // The CI model's plan and progress (State/CiState.cs); not API fields of the list item.
    [JsonIgnore] public int Parallelism { get; init; } = 1;
    [JsonIgnore] public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How the job ends when it runs to completion: success, or failed (on <see cref="FailingNode"/>).</summary>
    [JsonIgnore] public string Outcome { get; set; } = "success";
    [JsonIgnore] public int FailingNode { get; init; }
    /// <summary>The failure scenario (State/CiFailures.cs) that planned this job's failure, if any.</summary>
    [JsonIgnore] public string? Scenario { get; set; }
    [JsonIgnore] public DateTime? QueuedAt { get; set; }
    [JsonIgnore] public bool SshEnabled { get; init; }
    /// <summary>The job this one reruns (a workflow rerun), if any.</summary>
    [JsonIgnore] public long? RetryOf { get; init; }
    /// <summary>The newest workflow a rerun carried this job into unchanged (getJobDetails' latest_workflow); null: its own.</summary>
    [JsonIgnore] public Guid? LatestWorkflowId { get; set; }
}
