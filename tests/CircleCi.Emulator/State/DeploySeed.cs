namespace CircleCi.Emulator.State;

/// <summary>Deploy data of gh/acme: two environments, a component per project, versions of the api component.</summary>
public sealed record DeployEnvironmentRecord(Guid Id, string Name, string Description, List<DeployLabelRecord> Labels, DateTime CreatedAt, DateTime UpdatedAt)
{
    [System.Text.Json.Serialization.JsonIgnore] public Guid OrgId { get; init; }
}

public sealed record DeployLabelRecord(string Key, string Value);

public sealed record DeployComponentRecord(Guid Id, string Name, Guid ProjectId, List<DeployLabelRecord> Labels, int ReleaseCount, DateTime CreatedAt, DateTime UpdatedAt)
{
    [System.Text.Json.Serialization.JsonIgnore] public Guid OrgId { get; init; }
}

public sealed record ComponentVersionRecord(string Name, Guid EnvironmentId, string Namespace, bool IsLive, Guid PipelineId,
    Guid WorkflowId, Guid JobId, long JobNumber, DateTime LastDeployedAt)
{
    [System.Text.Json.Serialization.JsonIgnore] public Guid ComponentId { get; init; }
}

public sealed partial class EmulatorState
{
    public List<DeployEnvironmentRecord> DeployEnvironments { get; } = new();
    public List<DeployComponentRecord> DeployComponents { get; } = new();
    public List<ComponentVersionRecord> ComponentVersions { get; } = new();

    private void SeedDeploy()
    {
        DeployEnvironments.Clear(); DeployComponents.Clear(); ComponentVersions.Clear();
        if (Orgs.GetValueOrDefault("gh/acme")?.Id is not { } org) return;
        Guid Id(string name) => Seed.IdFor("deploy:" + name, Options.Seed);
        var t = Seed.Epoch;
        var envs = new[] { "staging", "production" }
            .Select((n, i) => new DeployEnvironmentRecord(Id("env:" + n), n, n + " cluster", new() { new("tier", n) }, t.AddDays(i), t.AddDays(i + 1)) { OrgId = org })
            .ToList();
        DeployEnvironments.AddRange(envs);
        foreach (var slug in new[] { Seed.ApiProject, Seed.WebProject })
        {
            var project = Projects[slug];
            DeployComponents.Add(new DeployComponentRecord(Id("component:" + slug), project.Name, project.Id, new() { new("team", "acme") }, 3, t, t.AddDays(2)) { OrgId = org });
        }
        var api = DeployComponents[0];
        var pipelines = PipelinesByProject[Seed.ApiProject];
        for (var i = 0; i < 3; i++)
        {
            var p = pipelines[i];
            var wf = WorkflowsByPipeline[p.Id][0];
            var job = JobsByWorkflow[wf.Id][0];
            // 1.0.0 and 1.1.0 went to staging (1.1.0 is live there); 1.0.0 is live in production.
            var env = i == 2 ? envs[1] : envs[0];
            ComponentVersions.Add(new ComponentVersionRecord($"1.{(i == 1 ? 1 : 0)}.0", env.Id, "default", i != 0, p.Id, wf.Id, job.Id,
                job.JobNumber ?? 0, t.AddHours(i)) { ComponentId = api.Id });
        }
    }
}
