using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Policy Management tag: decision settings and the policy bundle (decisions in PolicyEndpoints.Decisions.cs). Owners are organization ids; errors are {"error": ...}.</summary>
public static partial class PolicyEndpoints
{
    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        MapBundle(api, state);
        MapPublish(api, state);
        MapDecisions(api, state);
        const string settings = "/owner/{ownerId}/context/{context}/decision/settings";

        api.V2.MapGet(settings, (string ownerId, string context) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            lock (state.Sync) return Json.Ok(new { enabled = state.PolicyEnabled.Contains(ownerId) });
        });

        api.V2.MapMethods(settings, new[] { "PATCH" }, async (HttpContext ctx, string ownerId, string context) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            if (Auth.User(ctx) is not { IsAdmin: true }) return OidcEndpoints.Error(403, "Forbidden.");
            var body = await ctx.Request.ReadFromJsonAsync<SettingsBody>(Json.Options);
            if (body?.Enabled is not { } enabled) return OidcEndpoints.Error(400, "enabled is required.");
            lock (state.Sync)
            {
                if (enabled) state.PolicyEnabled.Add(ownerId);
                else state.PolicyEnabled.Remove(ownerId);
            }
            return Json.Ok(new { enabled });
        });
    }

    private static void MapBundle(ApiRoutes api, EmulatorState state)
    {
        const string bundle = "/owner/{ownerId}/context/{context}/policy-bundle";
        api.V2.MapGet(bundle, (string ownerId, string context) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            lock (state.Sync)
                return Json.Ok(state.PoliciesOf(ownerId).ToDictionary(p => p.Name, p => new List<PolicyRecord> { p }));
        });
        api.V2.MapGet(bundle + "/{name}", (string ownerId, string context, string name) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            lock (state.Sync)
                return state.PoliciesOf(ownerId).FirstOrDefault(p => p.Name == name) is { } policy
                    ? Json.Ok(policy) : OidcEndpoints.Error(404, "Policy not found.");
        });
    }

    /// <summary>An error for an owner that is not an organization or a context other than config; null when fine.</summary>
    private static IResult? Scope(EmulatorState state, string ownerId, string context)
    {
        if (context != "config") return OidcEndpoints.Error(400, "context must be config.");
        return Guid.TryParse(ownerId, out _) && state.FindOrg(ownerId) is not null ? null : OidcEndpoints.Error(403, "Forbidden.");
    }

    private sealed record SettingsBody(bool? Enabled);
}
