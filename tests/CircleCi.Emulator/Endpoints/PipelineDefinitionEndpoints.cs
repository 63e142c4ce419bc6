using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Pipeline Definition and Trigger tags: definitions of a project (by project id) and their triggers.</summary>
public static class PipelineDefinitionEndpoints
{
    public const string DefinitionNotFound = "Pipeline definition not found.";
    public const string TriggerNotFound = "Trigger not found.";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        const string defs = "/projects/{projectId}/pipeline-definitions";

        api.V2.MapGet(defs, (string projectId) =>
        {
            if (state.FindProjectById(projectId) is not { } p) return Json.Error(404, ProjectSlug.NotFound);
            lock (state.Sync) return Json.Ok(new { items = state.PipelineDefinitions.Where(d => d.ProjectId == p.Id).ToList() });
        });

        api.V2.MapPost(defs, async (HttpContext ctx, string projectId) =>
        {
            if (state.FindProjectById(projectId) is not { } p) return Json.Error(404, ProjectSlug.NotFound);
            var body = await ctx.Request.ReadFromJsonAsync<DefinitionBody>(Json.Options);
            if (body?.Name is not { Length: > 0 } || body.ConfigSource?.Provider is null || body.CheckoutSource?.Provider is null)
                return Json.Error(400, "name, config_source and checkout_source are required.");
            var definition = new PipelineDefinitionRecord
            {
                Id = Guid.NewGuid(), Name = body.Name, Description = body.Description ?? "", CreatedAt = Seed.Epoch.AddDays(30), ProjectId = p.Id,
                ConfigSource = body.ConfigSource with { Repo = Named(body.ConfigSource.Repo) },
                CheckoutSource = body.CheckoutSource with { Repo = Named(body.CheckoutSource.Repo), FilePath = null },
            };
            lock (state.Sync) state.PipelineDefinitions.Add(definition);
            return Json.Ok(definition);
        });

        api.V2.MapGet(defs + "/{id}", (string projectId, string id) =>
            FindDefinition(state, projectId, id) is { } d ? Json.Ok(d) : Json.Error(404, DefinitionNotFound));

        api.V2.MapMethods(defs + "/{id}", new[] { "PATCH" }, async (HttpContext ctx, string projectId, string id) =>
        {
            if (FindDefinition(state, projectId, id) is not { } d) return Json.Error(404, DefinitionNotFound);
            var body = await ctx.Request.ReadFromJsonAsync<DefinitionBody>(Json.Options);
            lock (state.Sync)
            {
                if (body?.Name is { } name) d.Name = name;
                if (body?.Description is { } description) d.Description = description;
                if (body?.ConfigSource?.FilePath is { } path) d.ConfigSource = d.ConfigSource with { FilePath = path };
                if (body?.CheckoutSource?.Repo is { } repo) d.CheckoutSource = d.CheckoutSource with { Repo = Named(repo) };
            }
            return Json.Ok(d);
        });

        api.V2.MapDelete(defs + "/{id}", (string projectId, string id) =>
        {
            if (FindDefinition(state, projectId, id) is not { } d) return Json.Error(404, DefinitionNotFound);
            lock (state.Sync)
            {
                state.PipelineDefinitions.Remove(d);
                state.Triggers.RemoveAll(t => t.DefinitionId == d.Id);
            }
            return Json.Ok(new { message = "Pipeline definition deleted." });
        });

        api.V2.MapGet(defs + "/{id}/triggers", (string projectId, string id) =>
        {
            if (FindDefinition(state, projectId, id) is not { } d) return Json.Error(404, DefinitionNotFound);
            lock (state.Sync) return Json.Ok(new { items = state.Triggers.Where(t => t.DefinitionId == d.Id).ToList() });
        });

        api.V2.MapPost(defs + "/{id}/triggers", async (HttpContext ctx, string projectId, string id) =>
        {
            if (FindDefinition(state, projectId, id) is not { } d) return Json.Error(404, DefinitionNotFound);
            var body = await ctx.Request.ReadFromJsonAsync<TriggerBody>(Json.Options);
            if (body?.EventSource?.Provider is not ("github_app" or "webhook")) return Json.Error(400, "event_source.provider must be github_app or webhook.");
            var triggerId = Guid.NewGuid();
            var webhook = body.EventSource.Provider == "webhook"
                ? new TriggerWebhookRecord($"https://internal.circleci.com/private/soc/e/{triggerId}", body.EventSource.Webhook?.Sender) : null;
            var trigger = new TriggerRecord
            {
                Id = triggerId, CreatedAt = Seed.Epoch.AddDays(30), ProjectId = d.ProjectId, DefinitionId = d.Id,
                EventSource = new EventSourceRecord(body.EventSource.Provider, Named(body.EventSource.Repo), webhook),
            };
            Apply(trigger, body);
            lock (state.Sync) state.Triggers.Add(trigger);
            return Json.Ok(trigger);
        });

        const string triggers = "/projects/{projectId}/triggers/{id}";
        api.V2.MapGet(triggers, (string projectId, string id) =>
            FindTrigger(state, projectId, id) is { } t ? Json.Ok(t) : Json.Error(404, TriggerNotFound));

        api.V2.MapMethods(triggers, new[] { "PATCH" }, async (HttpContext ctx, string projectId, string id) =>
        {
            if (FindTrigger(state, projectId, id) is not { } t) return Json.Error(404, TriggerNotFound);
            var body = await ctx.Request.ReadFromJsonAsync<TriggerBody>(Json.Options);
            lock (state.Sync)
            {
                if (body is not null) Apply(t, body);
                if (body?.EventSource?.Webhook?.Sender is { } sender) t.EventSource = t.EventSource with { Webhook = (t.EventSource.Webhook ?? new(null, null)) with { Sender = sender } };
            }
            return Json.Ok(t);
        });

        api.V2.MapDelete(triggers, (string projectId, string id) =>
        {
            if (FindTrigger(state, projectId, id) is not { } t) return Json.Error(404, TriggerNotFound);
            lock (state.Sync) state.Triggers.Remove(t);
            return Json.Ok(new { message = "Trigger deleted." });
        });
    }

    /// <summary>Repositories come back with their full name (the emulator knows only acme's).</summary>
    private static SourceRepoRecord? Named(SourceRepoRecord? repo) => repo is null ? null : repo with { FullName = repo.FullName ?? "acme/repo-" + repo.ExternalId };

    private static void Apply(TriggerRecord t, TriggerBody body)
    {
        if (body.EventPreset is { } preset) t.EventPreset = preset;
        if (body.CheckoutRef is { } checkout) t.CheckoutRef = checkout;
        if (body.ConfigRef is { } config) t.ConfigRef = config;
        if (body.EventName is { } name) t.EventName = name;
        if (body.Disabled is { } disabled) t.Disabled = disabled;
    }

    private static PipelineDefinitionRecord? FindDefinition(EmulatorState state, string projectId, string id)
    {
        lock (state.Sync) return state.PipelineDefinitions.FirstOrDefault(d => d.ProjectId.ToString() == projectId && d.Id.ToString() == id);
    }

    private static TriggerRecord? FindTrigger(EmulatorState state, string projectId, string id)
    {
        lock (state.Sync) return state.Triggers.FirstOrDefault(t => t.ProjectId.ToString() == projectId && t.Id.ToString() == id);
    }

    private sealed record DefinitionBody(string? Name, string? Description, DefinitionSourceRecord? ConfigSource, DefinitionSourceRecord? CheckoutSource);

    private sealed record TriggerBody(EventSourceRecord? EventSource, string? EventPreset, string? CheckoutRef, string? ConfigRef, string? EventName, bool? Disabled);
}
