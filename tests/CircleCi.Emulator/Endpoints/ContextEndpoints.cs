using System.Text.Json.Nodes;
using CircleCi.Emulator.Admin;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Context tag: contexts (paged by owner), their variables (values write-only) and restrictions.</summary>
public static partial class ContextEndpoints
{
    public const string ContextNotFound = "Context not found";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;

        api.V2.MapGet("/context", (HttpContext ctx) =>
        {
            var query = ctx.Request.Query;
            string ownerId = query["owner-id"].ToString(), ownerSlug = query["owner-slug"].ToString();
            if (ownerId.Length == 0 && ownerSlug.Length == 0) return Json.Error(400, "Must specify either owner-id or owner-slug.");
            lock (state.Sync)
            {
                if (FindOrg(state, ownerId, ownerSlug) is not { } org) return Json.Error(404, "Owner not found.");
                var contexts = admin.Contexts.Values.Where(c => c.OwnerId == org.Id).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
                return Paging.Page(ctx, contexts, "contexts|" + org.Slug, api.PageSize);
            }
        });

        api.V2.MapPost("/context", async (HttpContext ctx) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            var name = body is null ? null : AdminAccess.Text(body, "name");
            if (string.IsNullOrWhiteSpace(name) || body!["owner"] is not JsonObject owner)
                return Json.Error(400, "Fields 'name' and 'owner' are required.");
            lock (state.Sync)
            {
                if (FindOrg(state, AdminAccess.Text(owner, "id") ?? "", AdminAccess.Text(owner, "slug") ?? "") is not { } org)
                    return Json.Error(404, "Owner not found.");
                if (admin.Contexts.Values.Any(c => c.OwnerId == org.Id && c.Name == name))
                    return Json.Error(409, $"A context named {name} already exists.");
                var id = Seed.IdFor($"context:{org.Slug}/{name}/{admin.Contexts.Count}", state.Options.Seed);
                return Json.Ok(AdminSeed.AddContext(admin, id, name, org));
            }
        });

        api.V2.MapGet("/context/{id}", (string id) =>
        {
            lock (state.Sync) return Find(admin, id) is { } context ? Json.Ok(context) : Json.Error(404, ContextNotFound);
        });

        api.V2.MapDelete("/context/{id}", (HttpContext ctx, string id) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            lock (state.Sync)
                return Find(admin, id) is { } context && admin.Contexts.Remove(context.Id)
                    ? Json.Ok(new { message = "Context deleted." })
                    : Json.Error(404, ContextNotFound);
        });

        MapVariables(api);
        MapRestrictions(api);
    }

    internal static ContextRecord? Find(AdminState admin, string id) =>
        Guid.TryParse(id, out var guid) ? admin.Contexts.GetValueOrDefault(guid) : null;

    private static OrgRecord? FindOrg(EmulatorState state, string id, string slug) =>
        state.Orgs.Values.FirstOrDefault(o => (id.Length > 0 && o.Id?.ToString() == id.ToLowerInvariant())
            || (slug.Length > 0 && string.Equals(o.Slug, EmulatorState.NormalizeSlug(slug), StringComparison.OrdinalIgnoreCase)));
}
