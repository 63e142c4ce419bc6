using System.Text.Json;
using CircleCi.Emulator.Faults;

namespace CircleCi.Emulator.Control;

/// <summary>
/// Unauthenticated control API under /_emulator/ (camelCase JSON). Never logged, never faulted.
/// </summary>
public static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, EmulatorServer server)
    {
        var g = app.MapGroup("/_emulator");
        var faults = server.Faults;

        g.MapPost("/reset", () =>
        {
            server.Reset();
            return Results.Json(new { reset = true }, Json.Control);
        });

        g.MapPost("/faults", async (HttpContext ctx) =>
        {
            var rule = await ReadAsync<FaultRule>(ctx);
            if (rule is null) return BadRequest("Body must be a JSON fault rule.");
            try
            {
                return Results.Json(new { id = faults.Add(rule) }, Json.Control);
            }
            catch (ArgumentException e)
            {
                return BadRequest(e.Message);
            }
        });
        g.MapGet("/faults", () => Results.Json(faults.Rules, Json.Control));
        // What the seed holds, so tests name real slugs instead of recomputing seeded ids.
        g.MapGet("/seed", () =>
        {
            lock (server.State.Sync)
                return Results.Json(new { projects = server.State.Projects.Keys.OrderBy(k => k).ToArray() }, Json.Control);
        });
        g.MapDelete("/faults", () =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        g.MapPost("/ratelimit", async (HttpContext ctx) =>
        {
            var body = await ReadAsync<RateLimitBody>(ctx);
            if (body is null) return BadRequest("Body must be {\"perSecond\": n, \"burst\": n}.");
            if (body.PerSecond is not > 0) faults.RateLimit.Disable();
            else faults.RateLimit.Configure(body.PerSecond.Value, body.Burst ?? (int)Math.Ceiling(body.PerSecond.Value));
            return Results.Json(new { enabled = faults.RateLimit.Enabled }, Json.Control);
        });
        g.MapDelete("/ratelimit", () =>
        {
            faults.RateLimit.Disable();
            return Results.NoContent();
        });

        g.MapPost("/latency", async (HttpContext ctx) =>
        {
            var body = await ReadAsync<LatencyBody>(ctx);
            if (body is null) return BadRequest("Body must be {\"ms\": n}.");
            faults.LatencyMs = Math.Max(0, body.Ms);
            return Results.Json(new { ms = faults.LatencyMs }, Json.Control);
        });

        CiControlEndpoints.Map(g, server);
        MapLog(g, "/requests", server.Requests);
        MapLog(g, "/other/requests", server.OtherRequests);
        MapLog(g, "/third/requests", server.ThirdRequests);
        ArtifactControl.Map(g, server);
        AdminControl.Map(g, server);
        UsageControl.Map(g, server);
        // What the contract check has seen: counts, and the violations after id 'since'.
        g.MapGet("/contract", (long? since) => Results.Json(server.Contract.Report(since ?? 0), Json.Control));
    }

    private static void MapLog(RouteGroupBuilder g, string route, RequestLog log)
    {
        g.MapGet(route, (string? path) => Results.Json(log.Entries(path), Json.Control));
        g.MapDelete(route, () =>
        {
            log.Clear();
            return Results.NoContent();
        });
    }

    internal static async Task<T?> ReadAsync<T>(HttpContext ctx) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(ctx.Request.Body, Json.Control, ctx.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadRequest(string message) =>
        Results.Json(new { message }, Json.Control, statusCode: 400);

    private sealed record RateLimitBody(double? PerSecond, int? Burst);

    private sealed record LatencyBody(int Ms);
}
