using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Pipeline tag: GET /project/{slug}/pipeline (paged, optional branch), GET /pipeline/{id},
/// GET /project/{slug}/pipeline/{number}.
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
            List<PipelineRecord> newestFirst;
            lock (state.Sync)
            {
                var all = state.PipelinesByProject.GetValueOrDefault(project.Slug) ?? new();
                newestFirst = new List<PipelineRecord>(all.Count);
                for (var i = all.Count - 1; i >= 0; i--)
                    if (string.IsNullOrEmpty(branch) || all[i].Vcs?.Branch == branch) newestFirst.Add(all[i]);
                newestFirst.Sort((a, b) => b.Number.CompareTo(a.Number));
            }
            return Paging.Page(ctx, newestFirst, $"pipelines|{project.Slug}|{branch}", api.PageSize);
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

        api.V2.MapGet("/pipeline/{id}", (string id) =>
        {
            PipelineRecord? hit = null;
            if (Guid.TryParse(id, out var guid))
                lock (state.Sync) hit = state.Pipelines.GetValueOrDefault(guid);
            return hit is null ? Json.Error(404, PipelineNotFound) : Json.Ok(hit);
        });
    }
}
