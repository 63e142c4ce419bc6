using System.Text;
using System.Text.Json;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Usage tag: export jobs. A job is "created", then "processing" at the first GET and "completed" (with two CSV
/// files) at the second, so clients poll without any clock. At most 10 calls an hour per organization (429 after).
/// The CSV files are served at /usage-files/ without authentication, like presigned URLs, and refuse a token.
/// </summary>
public static class UsageEndpoints
{
    public const int CallsPerHour = 10;
    public const string RateLimited = "Rate limit exceeded: 10 requests per hour per organization.";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        const string root = "/organizations/{orgId}/usage_export_job";

        api.V2.MapPost(root, async (HttpContext ctx, string orgId) =>
        {
            if (state.FindOrg(orgId) is not { } org) return Json.Error(404, OrganizationEndpoints.NotFound);
            if (!state.CountUsageCall(org.Id!.Value)) return Json.Error(429, RateLimited);
            ExportBody? body;
            try
            {
                body = await ctx.Request.ReadFromJsonAsync<ExportBody>(Json.Options);
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                return Json.Error(400, "start and end must be RFC 3339 date-times.");
            }
            if (body?.Start is not { } start || body.End is not { } end) return Json.Error(400, "start and end are required.");
            if (end <= start || end - start > TimeSpan.FromDays(32)) return Json.Error(400, "The date range must be at most 32 days.");
            var job = new UsageExportRecord { UsageExportJobId = Guid.NewGuid(), State = "created", Start = start, End = end, OrgId = org.Id.Value };
            lock (state.Sync) state.UsageExports[job.UsageExportJobId] = job;
            return Json.Ok(job, 201);
        });

        api.V2.MapGet(root + "/{jobId}", (HttpContext ctx, string orgId, string jobId) =>
        {
            if (state.FindOrg(orgId) is not { } org) return Json.Error(404, OrganizationEndpoints.NotFound);
            if (!state.CountUsageCall(org.Id!.Value)) return Json.Error(429, RateLimited);
            lock (state.Sync)
            {
                if (!Guid.TryParse(jobId, out var id) || state.UsageExports.GetValueOrDefault(id) is not { } job || job.OrgId != org.Id)
                    return Json.Error(404, "Usage export job not found.");
                var answer = new
                {
                    usage_export_job_id = job.UsageExportJobId, state = job.State, download_urls = job.DownloadUrls, error_reason = (string?)null,
                };
                Advance(job, $"{ctx.Request.Scheme}://{ctx.Request.Host}/usage-files/{job.UsageExportJobId}");
                return Json.Ok(answer);
            }
        });
    }

    private static void Advance(UsageExportRecord job, string files)
    {
        if (job.State == "created") job.State = "processing";
        else if (job.State == "processing")
        {
            job.State = "completed";
            job.DownloadUrls = new() { files + "/usage-1.csv", files + "/usage-2.csv" };
        }
    }

    /// <summary>The CSV files, outside /api: no authentication, and a request carrying a token is refused.</summary>
    public static void MapFiles(IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapGet("/usage-files/{jobId}/{file}", (HttpContext ctx, string jobId, string file) =>
        {
            if (Auth.ReadToken(ctx.Request) is { Length: > 0 }) return Results.StatusCode(403);
            lock (state.Sync)
            {
                if (!Guid.TryParse(jobId, out var id) || state.UsageExports.GetValueOrDefault(id) is not { State: "completed" } job) return Results.NotFound();
                var csv = $"ORGANIZATION_ID,PROJECT_NAME,JOB_NAME,TOTAL_CREDITS\n{job.OrgId},api,build,{(file == "usage-1.csv" ? 120 : 80)}\n";
                return Results.Bytes(Encoding.UTF8.GetBytes(csv), "text/csv");
            }
        });
    }

    private sealed record ExportBody(DateTime? Start, DateTime? End, List<Guid>? SharedOrgIds);
}
