namespace CircleCi.Emulator.State;

/// <summary>
/// All mutable emulator data. Partial: each API area may add its own file with more
/// collections (and extend <see cref="ResetAreas"/> via <c>partial void</c> hooks).
/// Every read or write must hold <see cref="Sync"/>.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>The one lock guarding all state.</summary>
    public object Sync { get; } = new();

    public EmulatorOptions Options { get; }

    public Dictionary<string, UserRecord> UsersByToken { get; } = new(StringComparer.Ordinal);
    public Dictionary<Guid, UserRecord> Users { get; } = new();
    public Dictionary<string, OrgRecord> Orgs { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, ProjectRecord> Projects { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<Guid, PipelineRecord> Pipelines { get; } = new();
    /// <summary>Pipelines per project slug, ascending by number (lists show them reversed).</summary>
    public Dictionary<string, List<PipelineRecord>> PipelinesByProject { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<Guid, WorkflowRecord> Workflows { get; } = new();
    public Dictionary<Guid, List<WorkflowRecord>> WorkflowsByPipeline { get; } = new();
    public Dictionary<Guid, JobRecord> Jobs { get; } = new();
    public Dictionary<Guid, List<JobRecord>> JobsByWorkflow { get; } = new();
    /// <summary>Next job number per project slug.</summary>
    public Dictionary<string, long> NextJobNumber { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Project tokens (v1.1 only) mapped to their project slug.</summary>
    public Dictionary<string, string> ProjectTokens { get; } = new(StringComparer.Ordinal);
    /// <summary>Projects' settings, variables and keys; contexts, schedules and webhooks.</summary>
    public AdminState Admin { get; } = new();

    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Reset();
    }

    /// <summary>Drops everything and loads the deterministic seed.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            UsersByToken.Clear(); Users.Clear(); Orgs.Clear(); Projects.Clear();
            Pipelines.Clear(); PipelinesByProject.Clear(); Workflows.Clear(); WorkflowsByPipeline.Clear();
            Jobs.Clear(); JobsByWorkflow.Clear(); NextJobNumber.Clear(); ProjectTokens.Clear();
            ResetCi();
            Artifacts.Clear();
            Admin.Clear();
            ResetAreas();
            Seed.Load(this);
            InsightsSeed.Load(this);
            SeedCi();
            AdminSeed.Load(this);
            SeedAreas();
            ResetOrgAreas();
        }
    }

    /// <summary>Later areas implement these to clear and seed their own collections.</summary>
    partial void ResetAreas();
    partial void SeedAreas();

    public UserRecord? FindUserByToken(string token)
    {
        lock (Sync) return UsersByToken.GetValueOrDefault(token);
    }

    /// <summary>Finds a project by slug; accepts long VCS names (github/bitbucket) too.</summary>
    public ProjectRecord? FindProject(string slug)
    {
        lock (Sync) return Projects.GetValueOrDefault(NormalizeSlug(slug));
    }

    public static string NormalizeSlug(string slug)
    {
        var slash = slug.IndexOf('/');
        if (slash < 0) return slug;
        var vcs = slug[..slash].ToLowerInvariant() switch
        {
            "github" => "gh",
            "bitbucket" => "bb",
            var v => v,
        };
        return vcs + slug[slash..];
    }

    // ---- helpers used by the seed and by areas that create data ----

    public void AddPipeline(PipelineRecord p)
    {
        Pipelines[p.Id] = p;
        if (!PipelinesByProject.TryGetValue(p.ProjectSlug, out var list))
            PipelinesByProject[p.ProjectSlug] = list = new List<PipelineRecord>();
        list.Add(p);
    }

    public void AddWorkflow(WorkflowRecord w)
    {
        Workflows[w.Id] = w;
        if (!WorkflowsByPipeline.TryGetValue(w.PipelineId, out var list))
            WorkflowsByPipeline[w.PipelineId] = list = new List<WorkflowRecord>();
        list.Add(w);
    }

    public void AddJob(JobRecord j)
    {
        Jobs[j.Id] = j;
        if (!JobsByWorkflow.TryGetValue(j.WorkflowId, out var list))
            JobsByWorkflow[j.WorkflowId] = list = new List<JobRecord>();
        list.Add(j);
        if (j.JobNumber is { } number) JobsByNumber[JobKey(j.ProjectSlug, number)] = j;
    }

    public long TakeJobNumber(string projectSlug)
    {
        var n = NextJobNumber.GetValueOrDefault(projectSlug, 1);
        NextJobNumber[projectSlug] = n + 1;
        return n;
    }
}
