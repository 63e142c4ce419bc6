using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CircleCi.Emulator.State;
using Microsoft.AspNetCore.Mvc;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Decision audit logs (paged by offset), MakeDecision and CreatePolicyBundle.</summary>
public static partial class PolicyEndpoints
{
    /// <summary>CircleCI refuses policy bundles over ~2.5 MiB with 413.</summary>
    public const int MaxBundleBytes = 2_621_440;

    private static void MapDecisions(ApiRoutes api, EmulatorState state)
    {
        const string decisions = "/owner/{ownerId}/context/{context}/decision";
        api.V2.MapGet(decisions, (string ownerId, string context, string? status, string? after, string? before, string? branch,
            [FromQuery(Name = "project_id")] string? projectId, [FromQuery(Name = "build_number")] string? buildNumber, string? offset) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            if (!TryTime(after, out var afterTime)) return OidcEndpoints.Error(400, "after: must be a valid date-time.");
            if (!TryTime(before, out var beforeTime)) return OidcEndpoints.Error(400, "before: must be a valid date-time.");
            int skip = 0;
            if (offset != null && (!int.TryParse(offset, out skip) || skip < 0)) return OidcEndpoints.Error(400, "offset: must be a non-negative integer.");
            long? number = null;
            if (buildNumber != null) number = long.TryParse(buildNumber, out var n) ? n : -1;
            lock (state.Sync)
            {
                var page = state.DecisionLogsOf(ownerId)
                    .Where(d => status == null || d.Decision.Status == status)
                    .Where(d => afterTime == null || d.CreatedAt > afterTime)
                    .Where(d => beforeTime == null || d.CreatedAt < beforeTime)
                    .Where(d => branch == null || d.Metadata.Vcs.Branch == branch)
                    .Where(d => projectId == null || d.Metadata.ProjectId.ToString().Equals(projectId, StringComparison.OrdinalIgnoreCase))
                    .Where(d => number == null || d.Metadata.BuildNumber == number)
                    .Skip(skip).Take(api.PageSize).ToList();
                return Json.Ok(page);
            }
        });

        api.V2.MapPost(decisions, async (HttpContext ctx, string ownerId, string context) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            var body = await ctx.Request.ReadFromJsonAsync<DecisionRequest>(Json.Options);
            if (string.IsNullOrWhiteSpace(body?.Input)) return OidcEndpoints.Error(400, "input: cannot be blank.");
            lock (state.Sync) return Json.Ok(EmulatorState.Decide(state.PoliciesOf(ownerId), body.Input));
        });

        api.V2.MapGet(decisions + "/{decisionId}", (string ownerId, string context, string decisionId) =>
            FindDecision(state, ownerId, context, decisionId, log => Json.Ok(log)));
        api.V2.MapGet(decisions + "/{decisionId}/policy-bundle", (string ownerId, string context, string decisionId) =>
            FindDecision(state, ownerId, context, decisionId, log => Json.Ok(log.Bundle.ToDictionary(p => p.Name, p => new List<PolicyRecord> { p }))));
    }

    private static IResult FindDecision(EmulatorState state, string ownerId, string context, string decisionId, Func<DecisionLogRecord, IResult> answer)
    {
        if (Scope(state, ownerId, context) is { } refused) return refused;
        if (!Guid.TryParse(decisionId, out var id)) return OidcEndpoints.Error(400, "decisionID: must be a valid UUID.");
        lock (state.Sync)
            return state.DecisionLogsOf(ownerId).FirstOrDefault(d => d.Id == id) is { } log ? answer(log) : OidcEndpoints.Error(404, "decision log not found");
    }

    /// <summary>POST policy-bundle: replaces the bundle (201) or, with ?dry=true, only answers the diff (200).</summary>
    private static void MapPublish(ApiRoutes api, EmulatorState state)
    {
        api.V2.MapPost("/owner/{ownerId}/context/{context}/policy-bundle", async (HttpContext ctx, string ownerId, string context, bool? dry) =>
        {
            if (Scope(state, ownerId, context) is { } refused) return refused;
            if (Auth.User(ctx) is not { IsAdmin: true } user) return OidcEndpoints.Error(403, "Forbidden.");
            string text = await new StreamReader(ctx.Request.Body, Encoding.UTF8).ReadToEndAsync();
            if (Encoding.UTF8.GetByteCount(text) > MaxBundleBytes) return OidcEndpoints.Error(413, "http: request payload too large");
            BundleRequest? body;
            try { body = JsonSerializer.Deserialize<BundleRequest>(text, Json.Options); }
            catch (JsonException) { return OidcEndpoints.Error(400, "request body is not valid JSON."); }
            var incoming = new List<PolicyRecord>();
            foreach (var (key, content) in body?.Policies ?? new())
            {
                if (!Regex.IsMatch(content ?? "", "^\\s*package\\s+org\\s*$", RegexOptions.Multiline))
                    return OidcEndpoints.Error(400, $"failed to parse policy file(s):\n{key}: invalid package name: policies must be in package org");
                var declared = Regex.Match(content!, "policy_name\\[\"([^\"]+)\"\\]");
                incoming.Add(new PolicyRecord(declared.Success ? declared.Groups[1].Value : key, content!, state.Clock.Now, user.Login));
            }
            lock (state.Sync)
            {
                var current = state.PoliciesOf(ownerId);
                var diff = new
                {
                    created = incoming.Where(p => current.All(c => c.Name != p.Name)).Select(p => p.Name).Order().ToList(),
                    deleted = current.Where(c => incoming.All(p => p.Name != c.Name)).Select(c => c.Name).Order().ToList(),
                    modified = incoming.Where(p => current.Any(c => c.Name == p.Name && c.Content != p.Content)).Select(p => p.Name).Order().ToList(),
                };
                if (dry == true) return Json.Ok(diff);
                state.Policies[ownerId] = incoming;
                return Json.Ok(diff, 201);
            }
        });
    }

    private static bool TryTime(string? value, out DateTime? time)
    {
        time = null;
        if (value == null) return true;
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        time = parsed;
        return true;
    }

    private sealed record DecisionRequest(string? Input, JsonElement? Metadata);

    private sealed record BundleRequest(Dictionary<string, string?>? Policies);
}
