using System.Text.Json.Nodes;
using CircleCi.Emulator.Admin;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Webhook tag: outbound webhooks scoped to a project; the signing secret is write-only (answered masked).</summary>
public static class WebhookEndpoints
{
    public const string WebhookNotFound = "Webhook not found.";
    private static readonly string[] KnownEvents = { "workflow-completed", "job-completed" };

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;

        api.V2.MapGet("/webhook", (HttpContext ctx) =>
        {
            var scopeId = ctx.Request.Query["scope-id"].ToString();
            if (!Guid.TryParse(scopeId, out var project) || ctx.Request.Query["scope-type"] != "project")
                return Json.Error(400, "scope-id (a project id) and scope-type=project are required.");
            lock (state.Sync)
            {
                if (!state.Projects.Values.Any(p => p.Id == project)) return Json.Error(404, ProjectSlug.NotFound);
                var hooks = admin.Webhooks.Values.Where(w => w.Scope.Id == project).OrderBy(w => w.CreatedAt).ToList();
                return Json.Page(hooks, null);
            }
        });

        api.V2.MapPost("/webhook", async (HttpContext ctx) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            string? name = AdminAccess.Text(body, "name"), url = AdminAccess.Text(body, "url"), secret = AdminAccess.Text(body, "signing-secret");
            var events = Events(body["events"]);
            if (name is null || url is null || secret is null || events is null || body["verify-tls"] is not JsonValue verify
                || !verify.TryGetValue(out bool verifyTls) || body["scope"] is not JsonObject scope)
                return Json.Error(400, "Fields 'name', 'events', 'url', 'verify-tls', 'signing-secret' and 'scope' are required.");
            if (UrlError(url) is { } urlError) return Json.Error(400, urlError);
            if (!Guid.TryParse(AdminAccess.Text(scope, "id"), out var project) || AdminAccess.Text(scope, "type") != "project")
                return Json.Error(400, "scope must be {\"id\": <project id>, \"type\": \"project\"}.");
            lock (state.Sync)
            {
                if (!state.Projects.Values.Any(p => p.Id == project)) return Json.Error(404, ProjectSlug.NotFound);
                var now = admin.Now();
                var hook = new WebhookRecord
                {
                    Id = Seed.IdFor($"webhook:{project}/{name}/{now:O}", state.Options.Seed), Name = name, Url = url, VerifyTls = verifyTls,
                    Secret = secret, Events = events, Scope = new WebhookScope(project, "project"), CreatedAt = now, UpdatedAt = now,
                };
                admin.Webhooks[hook.Id] = hook;
                return Json.Ok(hook, 201);
            }
        });

        api.V2.MapGet("/webhook/{id}", (string id) =>
        {
            lock (state.Sync) return Find(admin, id) is { } w ? Json.Ok(w) : Json.Error(404, WebhookNotFound);
        });

        api.V2.MapPut("/webhook/{id}", async (HttpContext ctx, string id) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            if (AdminAccess.Text(body, "url") is { } url && UrlError(url) is { } urlError) return Json.Error(400, urlError);
            if (body.ContainsKey("events") && Events(body["events"]) is null) return Json.Error(400, "events takes workflow-completed and job-completed.");
            lock (state.Sync)
            {
                if (Find(admin, id) is not { } hook) return Json.Error(404, WebhookNotFound);
                if (AdminAccess.Text(body, "name") is { } name) hook.Name = name;
                if (AdminAccess.Text(body, "url") is { } newUrl) hook.Url = newUrl;
                if (AdminAccess.Text(body, "signing-secret") is { } secret) hook.Secret = secret;
                if (Events(body["events"]) is { } events) hook.Events = events;
                if (body["verify-tls"] is JsonValue v && v.TryGetValue(out bool verify)) hook.VerifyTls = verify;
                hook.UpdatedAt = admin.Now();
                return Json.Ok(hook);
            }
        });

        api.V2.MapDelete("/webhook/{id}", (HttpContext ctx, string id) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            lock (state.Sync)
                return Find(admin, id) is { } w && admin.Webhooks.Remove(w.Id)
                    ? Json.Ok(new { message = "Webhook deleted." })
                    : Json.Error(404, WebhookNotFound);
        });
    }

    private static WebhookRecord? Find(AdminState admin, string id) =>
        Guid.TryParse(id, out var guid) ? admin.Webhooks.GetValueOrDefault(guid) : null;

    private static List<string>? Events(JsonNode? node)
    {
        if (node is not JsonArray array || array.Count == 0) return null;
        var events = array.Select(e => e is JsonValue v && v.TryGetValue(out string? s) ? s : null).ToList();
        return events.All(e => e != null && KnownEvents.Contains(e)) ? events.Distinct().ToList()! : null;
    }

    private static string? UrlError(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? null : "url must be an absolute http(s) URL.";
}
