using System.Text.RegularExpressions;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Artifact listings: v2 GET /project/{slug}/{job-number}/artifacts (paged) and v1.1
/// GET /project/{vcs}/{org}/{repo}/latest/artifacts?branch=&amp;filter=. The bytes are served by <see cref="ArtifactHost"/>
/// on the second listener, as CircleCI serves them from its artifact host.
/// </summary>
public static partial class ArtifactEndpoints
{
    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet(ProjectSlug.Route + "/{jobNumber}/artifacts", (HttpContext ctx, string jobNumber) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (!long.TryParse(jobNumber, out var number) || number < 1) return Json.Error(404, "Job not found");
            JobRecord? job;
            lock (state.Sync) job = state.FindJob(project.Slug, number);
            var items = state.Artifacts.ForJob(project.Slug, number, job)
                .Select(a => new ArtifactItem(a.Path, a.NodeIndex, UrlFor(state, a))).ToList();
            return Paging.Page(ctx, items, $"artifacts|{project.Slug}|{number}", api.PageSize);
        });

        api.V11.MapGet(ProjectSlug.Route + "/latest/artifacts", (HttpContext ctx, string? branch, string? filter) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (filter is not (null or "completed" or "successful" or "failed" or "running"))
                return Json.Error(400, "filter must be one of completed, successful, failed, running.");
            var (number, job) = Latest(state, project.Slug, branch, filter);
            if (number is null) return Json.Error(404, "Build not found");
            var items = state.Artifacts.ForJob(project.Slug, number.Value, job)
                .Select(a => new V1ArtifactItem(a.Path, a.Path, a.NodeIndex, UrlFor(state, a))).ToList();
            return Json.Ok(items);
        });
    }

    /// <summary>The latest job on the branch: seeded artifact jobs, or the CI model's jobs (branch of their pipeline).</summary>
    private static (long? Number, JobRecord? Job) Latest(EmulatorState state, string slug, string? branch, string? filter)
    {
        var seeded = state.Artifacts.Latest(slug, branch, filter);
        JobRecord? best = null;
        lock (state.Sync)
        {
            foreach (var job in state.Jobs.Values)
            {
                if (job.JobNumber is not { } n || (best is not null && n <= best.JobNumber) || (seeded is not null && n <= seeded)) continue;
                if (!string.Equals(EmulatorState.NormalizeSlug(job.ProjectSlug), slug, StringComparison.OrdinalIgnoreCase)) continue;
                if (!ArtifactStore.Passes(job.Status, filter)) continue;
                var pipeline = state.Workflows.GetValueOrDefault(job.WorkflowId) is { } w ? state.Pipelines.GetValueOrDefault(w.PipelineId) : null;
                if (!string.IsNullOrEmpty(branch) && pipeline?.Vcs?.Branch != branch) continue;
                best = job;
            }
        }
        return best is not null ? (best.JobNumber, best) : (seeded, null);
    }

    /// <summary>Like CircleCI's: the artifact host, then an id and a readable (but harmless) file name.</summary>
    public static string UrlFor(EmulatorState state, ArtifactRecord a)
    {
        var name = UnsafeChars().Replace(a.Path.Split('/', '\\').Last(), "_").Trim('.');
        if (name.Length == 0) name = "file";
        var origin = state.OtherUrl?.GetLeftPart(UriPartial.Authority) ?? "http://127.0.0.1";
        return $"{origin}/artifacts/{a.Id}/{name}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeChars();

    private sealed record ArtifactItem(string Path, long NodeIndex, string Url);

    private sealed record V1ArtifactItem(string Path, string PrettyPath, long NodeIndex, string Url);
}
