using System.Text.RegularExpressions;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>OIDC Token Management tag: organization and project custom claims. Errors are {"error": ...}.</summary>
public static class OidcEndpoints
{
    public static IResult Error(int status, string error) => Results.Json(new { error }, Json.Options, statusCode: status);

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        foreach (var route in new[] { "/org/{orgId}/oidc-custom-claims", "/org/{orgId}/project/{projectId}/oidc-custom-claims" })
        {
            api.V2.MapGet(route, (HttpContext ctx) => WithClaims(ctx, state, (claims, _) => Json.Ok(claims)));

            api.V2.MapMethods(route, new[] { "PATCH" }, async (HttpContext ctx) =>
            {
                var body = await ctx.Request.ReadFromJsonAsync<ClaimsBody>(Json.Options);
                if (body?.Ttl is { } ttl && !Regex.IsMatch(ttl, "^[1-9][0-9]*[mh]$")) return Error(400, "ttl must be a duration such as 30m or 1h.");
                return WithClaims(ctx, state, (claims, now) =>
                {
                    if (body?.Audience is { } audience) { claims.Audience = audience; claims.AudienceUpdatedAt = now; }
                    if (body?.Ttl is { } newTtl) { claims.Ttl = newTtl; claims.TtlUpdatedAt = now; }
                    return Json.Ok(claims);
                }, write: true);
            });

            api.V2.MapDelete(route, (HttpContext ctx) =>
            {
                var names = ctx.Request.Query["claims"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
                if (names.Length == 0 || names.Any(n => n is not ("audience" or "ttl"))) return Error(400, "claims must list audience and/or ttl.");
                return WithClaims(ctx, state, (claims, _) =>
                {
                    if (names.Contains("audience")) { claims.Audience = null; claims.AudienceUpdatedAt = null; }
                    if (names.Contains("ttl")) { claims.Ttl = null; claims.TtlUpdatedAt = null; }
                    return Json.Ok(claims);
                }, write: true);
            });
        }
    }

    /// <summary>Finds (or starts) the claims of the routed organization or project and runs <paramref name="use"/> under the lock.</summary>
    private static IResult WithClaims(HttpContext ctx, EmulatorState state, Func<OidcClaimsRecord, DateTime, IResult> use, bool write = false)
    {
        var v = ctx.Request.RouteValues;
        if (!Guid.TryParse(v["orgId"] as string, out var orgId)) return Error(400, "orgID must be a UUID.");
        Guid? projectId = null;
        if (v.TryGetValue("projectId", out var p))
        {
            if (!Guid.TryParse(p as string, out var pid)) return Error(400, "projectID must be a UUID.");
            projectId = pid;
        }
        if (write && Auth.User(ctx) is not { IsAdmin: true }) return Error(403, "Forbidden.");
        lock (state.Sync)
        {
            if (state.FindOrg(orgId.ToString()) is null) return Error(403, "Forbidden.");
            var key = (orgId, projectId);
            if (!state.OidcClaims.TryGetValue(key, out var claims))
                state.OidcClaims[key] = claims = new OidcClaimsRecord { OrgId = orgId, ProjectId = projectId };
            return use(claims, Seed.Epoch.AddDays(30));
        }
    }

    private sealed record ClaimsBody(List<string>? Audience, string? Ttl);
}
