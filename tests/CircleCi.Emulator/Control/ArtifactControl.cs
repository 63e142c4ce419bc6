using System.Text;
using System.Text.Json;
using CircleCi.Emulator.Endpoints;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Control;

/// <summary>
/// POST /_emulator/artifacts seeds a job's artifacts (camelCase JSON):
/// {"projectSlug","jobNumber","branch","status","artifacts":[{"path","nodeIndex","size","content","noRange"}],
///  "count","size","pathFormat"} ("count" generates pathFormat with {0} = 0..count-1). Answers the artifacts with
/// their ids, URLs and SHA-256 (for bodies up to 64 MiB).
/// POST /_emulator/bandwidth {"bytesPerSecond"} caps each artifact connection (0 lifts the cap; a reset does too).
/// </summary>
public static class ArtifactControl
{
    private const long HashLimit = 64L * 1024 * 1024;

    public static void Map(RouteGroupBuilder g, EmulatorServer server)
    {
        var state = server.State;
        MapBandwidth(g, state.Artifacts);
        g.MapPost("/artifacts", async (HttpContext ctx) =>
        {
            SeedBody? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<SeedBody>(ctx.Request.Body, Json.Control, ctx.RequestAborted);
            }
            catch (JsonException e)
            {
                return Results.Json(new { message = e.Message }, Json.Control, statusCode: 400);
            }
            if (body?.ProjectSlug is null || body.JobNumber < 1)
                return Results.Json(new { message = "projectSlug and jobNumber are required." }, Json.Control, statusCode: 400);

            state.Artifacts.SetJob(body.ProjectSlug, body.JobNumber, new ArtifactJobInfo(body.Branch ?? "main", body.Status ?? "success"));
            var added = new List<ArtifactRecord>();
            foreach (var a in body.Artifacts ?? new())
            {
                var content = a.Content is null ? null : Encoding.UTF8.GetBytes(a.Content);
                added.Add(state.Artifacts.Add(body.ProjectSlug, body.JobNumber, a.Path ?? "", a.NodeIndex, a.Size, content, a.NoRange));
            }
            for (var i = 0; i < body.Count; i++)
                added.Add(state.Artifacts.Add(body.ProjectSlug, body.JobNumber, string.Format(body.PathFormat ?? "file{0}.bin", i), 0, body.Size, null, false));
            return Results.Json(new
            {
                artifacts = added.Select(a => new
                {
                    a.Id, a.Path, a.NodeIndex, Size = a.Length, Url = ArtifactEndpoints.UrlFor(state, a),
                    Sha256 = a.Length <= HashLimit ? a.Sha256() : null,
                }),
            }, Json.Control);
        });
    }

    private static void MapBandwidth(RouteGroupBuilder g, ArtifactStore artifacts) =>
        g.MapPost("/bandwidth", async (HttpContext ctx) =>
        {
            if (await ControlEndpoints.ReadAsync<BandwidthBody>(ctx) is not { } body)
                return Results.Json(new { message = "Body must be {\"bytesPerSecond\": n}." }, Json.Control, statusCode: 400);
            artifacts.BytesPerSecondPerConnection = body.BytesPerSecond;
            return Results.Json(new { bytesPerSecond = artifacts.BytesPerSecondPerConnection }, Json.Control);
        });

    private sealed record BandwidthBody(long BytesPerSecond);

    private sealed class SeedBody
    {
        public string? ProjectSlug { get; set; }
        public long JobNumber { get; set; }
        public string? Branch { get; set; }
        public string? Status { get; set; }
        public List<SeedArtifact>? Artifacts { get; set; }
        public int Count { get; set; }
        public long Size { get; set; }
        public string? PathFormat { get; set; }
    }

    private sealed class SeedArtifact
    {
        public string? Path { get; set; }
        public long NodeIndex { get; set; }
        public long Size { get; set; }
        public string? Content { get; set; }
        public bool NoRange { get; set; }
    }
}
