using System.Runtime.CompilerServices;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Pipeline tag, reads: a project's pipelines (paged, optional branch), mine, an organization's (GET /pipeline),
/// one by id or number, a pipeline's config, values and workflows. Triggers are in <see cref="PipelineTriggerEndpoints"/>.
/// </summary>
public static class PipelineEndpoints
{
    public const string PipelineNotFound = "Pipeline not found";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet(ProjectSlug.Route + "/pipeline", (HttpContext ctx, string? branch) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            var list = NewestFirst(state, project.Slug, "branch|" + branch, p => string.IsNullOrEmpty(branch) || p.Vcs?.Branch == branch);
            return Paging.Page(ctx, list, $"pipelines|{project.Slug}|{branch}", api.PageSize);
        });

        api.V2.MapGet(ProjectSlug.Route + "/pipeline/mine", (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            var login = Auth.User(ctx)?.Login;
            var list = NewestFirst(state, project.Slug, "mine|" + login, p => p.Trigger.Actor.Login == login);
            return Paging.Page(ctx, list, $"mine|{project.Slug}|{login}", api.PageSize);
        });

        // listPipelines: an organization's pipelines (org-slug), or those of every org the user belongs to.
        api.V2.MapGet("/pipeline", (HttpContext ctx, string? mine) =>
        {
            var user = Auth.User(ctx);
            var orgSlug = ctx.Request.Query["org-slug"].ToString();
            var orgs = orgSlug.Length > 0 ? new List<string> { EmulatorState.NormalizeSlug(orgSlug) } : user?.OrgSlugs ?? new();
            if (orgSlug.Length > 0 && state.Orgs.GetValueOrDefault(orgs[0]) is null) return Json.Error(404, "Organization not found");
            var onlyMine = string.Equals(mine, "true", StringComparison.OrdinalIgnoreCase);
            List<PipelineRecord> list;
            lock (state.Sync)
                list = state.Pipelines.Values
                    .Where(p => orgs.Any(o => p.ProjectSlug.StartsWith(o + "/", StringComparison.OrdinalIgnoreCase)))
                    .Where(p => !onlyMine || p.Trigger.Actor.Login == user?.Login)
                    .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.ProjectSlug, StringComparer.Ordinal).ToList();
            return Paging.Page(ctx, list, $"org-pipelines|{string.Join(",", orgs)}|{onlyMine}", api.PageSize);
        });

        api.V2.MapGet(ProjectSlug.Route + "/pipeline/{number}", (HttpContext ctx, string number) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (!long.TryParse(number, out var n)) return Json.Error(404, PipelineNotFound);
            lock (state.Sync)
            {
                var hit = state.PipelinesByProject.GetValueOrDefault(project.Slug)?.FirstOrDefault(p => p.Number == n);
                return hit is null ? Json.Error(404, PipelineNotFound) : Json.Ok(hit);
            }
        });

        api.V2.MapGet("/pipeline/{id}", (string id) => WithPipeline(state, id, Json.Ok));

        api.V2.MapGet("/pipeline/{id}/workflow", (HttpContext ctx, string id) => WithPipeline(state, id, p =>
        {
            var workflows = (state.WorkflowsByPipeline.GetValueOrDefault(p.Id) ?? new())
                .OrderByDescending(w => w.CreatedAt).ToList();
            return Paging.Page(ctx, workflows, "workflows|" + p.Id, api.PageSize);
        }));

        api.V2.MapGet("/pipeline/{id}/config", (string id) => WithPipeline(state, id, p => Json.Ok(Config(state, p))));

        api.V2.MapGet("/pipeline/{id}/values", (string id) => WithPipeline(state, id, p => Json.Ok(Values(state, p))));
    }

    /// <summary>Runs <paramref name="answer"/> on the pipeline under the state lock, or answers 404.</summary>
    public static IResult WithPipeline(EmulatorState state, string id, Func<PipelineRecord, IResult> answer)
    {
        if (!Guid.TryParse(id, out var guid)) return Json.Error(404, PipelineNotFound);
        lock (state.Sync)
            return state.Pipelines.GetValueOrDefault(guid) is { } p ? answer(p) : Json.Error(404, PipelineNotFound);
    }

    /// <summary>
    /// A project's pipelines that pass <paramref name="keep"/>, newest first. Every page of a listing asks again, so the
    /// answer is kept per project list and <paramref name="filterKey"/> until that list changes: building it for each
    /// page (a scan and a sort of 100,000 pipelines in the scale benchmark) made the emulator the cost of the listing.
    /// </summary>
    private static IReadOnlyList<PipelineRecord> NewestFirst(EmulatorState state, string slug, string filterKey, Func<PipelineRecord, bool> keep)
    {
        lock (state.Sync)
        {
            var all = state.PipelinesByProject.GetValueOrDefault(slug) ?? new();
            var kept = Snapshots.GetOrCreateValue(all);
            var last = all.Count > 0 ? all[^1] : null;
            if (kept.TryGetValue(filterKey, out var snapshot) && snapshot.Count == all.Count && snapshot.Last == last) return snapshot.Newest;
            var newest = all.Where(keep).OrderByDescending(p => p.Number).ToList();
            kept[filterKey] = new Snapshot(all.Count, last, newest);
            return newest;
        }
    }

    /// <summary>Cached listings by project list (a reset makes new lists, and the old entries go with them).</summary>
    private static readonly ConditionalWeakTable<List<PipelineRecord>, Dictionary<string, Snapshot>> Snapshots = new();

    /// <summary>The answer for one filter, valid while the list still has <paramref name="Count"/> items ending in <paramref name="Last"/>.</summary>
    private sealed record Snapshot(int Count, PipelineRecord? Last, List<PipelineRecord> Newest);

    private static object Config(EmulatorState state, PipelineRecord p)
    {
        var plans = (state.WorkflowsByPipeline.GetValueOrDefault(p.Id) ?? new())
            .Where(w => w.Tag != "setup").DistinctBy(w => w.Name)
            .Select(w => (w.Name, (IReadOnlyList<PlannedJob>)(state.JobsByWorkflow.GetValueOrDefault(w.Id) ?? new())
                .Select(j => new PlannedJob(j.Name, j.Dependencies.Select(d => state.Jobs.GetValueOrDefault(d)?.Name).FirstOrDefault(),
                    (int)j.Duration.TotalSeconds, j.Parallelism, j.Type == "approval")).ToList()))
            .ToList();
        if (plans.Count == 0) plans.Add((CiScenarios.WorkflowName, CiScenarios.Jobs(CiScenarios.Pass)));
        var source = CiScenarios.ConfigFor(plans, compiled: false);
        if (p.State == "errored") source = source.Replace("- test", "- tset");
        var setup = p.Scenario == CiScenarios.Setup ? CiScenarios.ConfigFor(new[] { ("setup", CiScenarios.Jobs(CiScenarios.Setup)) }, false) : null;
        var config = new Dictionary<string, string>
        {
            ["source"] = source,
            ["compiled"] = CiScenarios.ConfigFor(plans, compiled: true),
        };
        if (setup is not null) // only pipelines with a setup workflow have these
        {
            config["setup-config"] = setup;
            config["compiled-setup-config"] = setup.Replace("version: 2.1", "version: 2");
        }
        return config;
    }

    private static Dictionary<string, object?> Values(EmulatorState state, PipelineRecord p)
    {
        var project = state.Projects.GetValueOrDefault(p.ProjectSlug);
        var values = new Dictionary<string, object?>
        {
            ["pipeline.id"] = p.Id.ToString(),
            ["pipeline.number"] = p.Number,
            ["pipeline.project.git_url"] = project?.VcsInfo.VcsUrl,
            ["pipeline.project.type"] = project?.VcsInfo.Provider.ToLowerInvariant(),
            ["pipeline.git.tag"] = p.Vcs?.Tag,
            ["pipeline.git.branch"] = p.Vcs?.Branch,
            ["pipeline.git.revision"] = p.Vcs?.Revision,
            ["pipeline.git.base_revision"] = p.Vcs?.Revision,
            ["pipeline.in_setup"] = p.State == "setup",
            ["pipeline.trigger_source"] = p.Trigger.Type,
        };
        foreach (var (key, value) in p.TriggerParameters ?? new())
            if (value is not Dictionary<string, object?>) values["pipeline.parameters." + key] = value;
        // A value the pipeline does not have (no tag) is left out: the document's values are strings, numbers, booleans.
        foreach (var key in values.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList()) values.Remove(key);
        return values;
    }
}
