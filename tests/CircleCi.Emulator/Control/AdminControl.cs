using System.Text.Json;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Control;

/// <summary>
/// POST /_emulator/envvar seeds a project environment variable whose "created-at" is sent exactly as given (camelCase
/// JSON): {"projectSlug": "gh/acme/api", "name": "LEGACY", "value": "secret", "createdAt": "#joda/inst 2023-04-14T21:20:14+0000"}.
/// "createdAt" may be any JSON value (a malformed date, a number, null); left out, the variable is dated like one set
/// through the API. Answers the variable as the API lists it.
/// </summary>
public static class AdminControl
{
    public static void Map(RouteGroupBuilder g, EmulatorServer server)
    {
        g.MapPost("/envvar", async (HttpContext ctx) =>
        {
            var body = await ControlEndpoints.ReadAsync<EnvVarSeed>(ctx);
            if (body?.ProjectSlug is null || body.Name is null)
                return Results.Json(new { message = "Body must be {\"projectSlug\", \"name\", \"value\", \"createdAt\"}." }, Json.Control, statusCode: 400);
            var state = server.State;
            lock (state.Sync)
            {
                if (!state.Projects.TryGetValue(body.ProjectSlug, out var project))
                    return Results.Json(new { message = "No such project: " + body.ProjectSlug }, Json.Control, statusCode: 404);
                var record = AdminSeed.AddEnvVar(state.Admin, project.Slug, body.Name, body.Value ?? "seeded-value");
                if (body.CreatedAt.ValueKind != JsonValueKind.Undefined) record.CreatedAtAsSent = body.CreatedAt.Clone();
                return Json.Ok(record);
            }
        });
    }

    private sealed class EnvVarSeed
    {
        public string? ProjectSlug { get; set; }
        public string? Name { get; set; }
        public string? Value { get; set; }
        /// <summary>Undefined when left out, Null for an explicit null.</summary>
        public JsonElement CreatedAt { get; set; }
    }
}
