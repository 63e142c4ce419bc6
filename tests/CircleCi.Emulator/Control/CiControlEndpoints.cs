using System.Globalization;
using System.Text.Json;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Control;

/// <summary>
/// Control of the CI model under /_emulator: the clock (POST /clock {"advance": "00:05:00"} and/or {"speed": 60},
/// speed 0 freezes it), the scenario of the next triggered pipelines (POST /scenario {"name": "fail",
/// "failJob": "build"}; DELETE /scenario), and what tests cannot learn from the API (GET /ci: pipeline
/// definition ids; GET /pipeline/{id}: scenario and continuation key).
/// </summary>
public static class CiControlEndpoints
{
    public static void Map(RouteGroupBuilder g, EmulatorServer server)
    {
        var state = server.State;

        g.MapGet("/clock", () => Clock(state));
        g.MapPost("/clock", async (HttpContext ctx) =>
        {
            var body = await Read<ClockBody>(ctx);
            if (body is null) return BadRequest("Body must be {\"advance\": \"hh:mm:ss\", \"speed\": n}.");
            if (body.Advance is not null)
            {
                if (!TimeSpan.TryParse(body.Advance, CultureInfo.InvariantCulture, out var by) || by < TimeSpan.Zero)
                    return BadRequest("advance must be a positive time span such as \"00:05:00\".");
                state.Clock.Advance(by);
            }
            if (body.Speed is { } speed)
            {
                if (speed < 0) return BadRequest("speed must be 0 (frozen) or more.");
                state.Clock.Speed = speed;
            }
            state.Advance();
            return Clock(state);
        });

        g.MapPost("/scenario", async (HttpContext ctx) =>
        {
            var body = await Read<ScenarioChoice>(ctx);
            if (body is null || !CiScenarios.Names.Contains(body.Name))
                return BadRequest("Body must be {\"name\": \"" + string.Join("|", CiScenarios.Names) + "\", \"failJob\": \"test\"}.");
            lock (state.Sync) state.ScenarioOverride = body;
            return Results.Json(body, Json.Control);
        });
        g.MapDelete("/scenario", () =>
        {
            lock (state.Sync) state.ScenarioOverride = null;
            return Results.NoContent();
        });

        g.MapGet("/ci", () =>
        {
            lock (state.Sync)
                return Results.Json(new
                {
                    now = state.Clock.Now, speed = state.Clock.Speed, scenario = state.ScenarioOverride?.Name, scenarios = CiScenarios.Names,
                    definitions = state.Projects.Values.OrderBy(p => p.Slug, StringComparer.Ordinal)
                        .ToDictionary(p => p.Slug, p => state.DefinitionIdFor(p)),
                }, Json.Control);
        });

        g.MapGet("/pipeline/{id:guid}", (Guid id) =>
        {
            lock (state.Sync)
                return state.Pipelines.GetValueOrDefault(id) is { } p
                    ? Results.Json(new { id, scenario = p.Scenario, continuationKey = p.ContinuationKey }, Json.Control)
                    : Results.Json(new { message = "Pipeline not found" }, Json.Control, statusCode: 404);
        });
    }

    private static IResult Clock(EmulatorState state) =>
        Results.Json(new { now = state.Clock.Now, speed = state.Clock.Speed }, Json.Control);

    private static async Task<T?> Read<T>(HttpContext ctx) where T : class
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

    private static IResult BadRequest(string message) => Results.Json(new { message }, Json.Control, statusCode: 400);

    private sealed record ClockBody(string? Advance, double? Speed);
}
