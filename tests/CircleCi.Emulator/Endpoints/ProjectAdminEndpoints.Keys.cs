using CircleCi.Emulator.Admin;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Project environment variables (values returned masked) and checkout keys.</summary>
public static partial class ProjectAdminEndpoints
{
    private static void MapEnvVars(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;
        const string route = ProjectSlug.Route + "/envvar";

        api.V2.MapGet(route, (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            lock (state.Sync)
                return Paging.Page(ctx, admin.EnvVars.GetValueOrDefault(project.Slug)?.Values.ToList() ?? new(), "envvars|" + project.Slug, api.PageSize);
        });

        api.V2.MapPost(route, async (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            var name = AdminAccess.Text(body, "name");
            var value = AdminAccess.Text(body, "value");
            if (name is null || value is null) return Json.Error(400, "Fields 'name' and 'value' are required.");
            if (!EnvVarName().IsMatch(name)) return Json.Error(400, InvalidEnvVarName);
            // CircleCI replaces a variable of the same name: setting is idempotent.
            lock (state.Sync) return Json.Ok(AdminSeed.AddEnvVar(admin, project.Slug, name, value), 201);
        });

        api.V2.MapGet(route + "/{name}", (HttpContext ctx, string name) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            lock (state.Sync)
                return admin.EnvVars.GetValueOrDefault(project.Slug)?.GetValueOrDefault(name) is { } v ? Json.Ok(v) : Json.Error(404, EnvVarNotFound);
        });

        api.V2.MapDelete(route + "/{name}", (HttpContext ctx, string name) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            lock (state.Sync)
                return admin.EnvVars.GetValueOrDefault(project.Slug)?.Remove(name) == true
                    ? Json.Ok(new { message = "Environment variable deleted." })
                    : Json.Error(404, EnvVarNotFound);
        });
    }

    private static void MapCheckoutKeys(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;
        const string route = ProjectSlug.Route + "/checkout-key";

        // SHA256 fingerprints contain "/" (base64): the key routes take the rest of the path.
        api.V2.MapGet(route, (HttpContext ctx, string? digest) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (digest is not (null or "md5" or "sha256")) return Json.Error(400, "Invalid digest; use md5 or sha256.");
            lock (state.Sync)
            {
                var keys = admin.CheckoutKeys.GetValueOrDefault(project.Slug) ?? new();
                return Json.Page(keys.Select(k => Shown(k, digest)), null);
            }
        });

        api.V2.MapPost(route, async (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            var type = body is null ? null : AdminAccess.Text(body, "type");
            if (type is not ("deploy-key" or "user-key")) return Json.Error(400, "Field 'type' must be 'deploy-key' or 'user-key'.");
            lock (state.Sync) return Json.Ok(AdminSeed.AddCheckoutKey(admin, project.Slug, type), 201);
        });

        api.V2.MapGet(route + "/{**fingerprint}", (HttpContext ctx, string fingerprint) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            lock (state.Sync)
                return FindKey(admin, project.Slug, fingerprint) is { } key
                    ? Json.Ok(Shown(key, fingerprint.StartsWith("SHA256:", StringComparison.Ordinal) ? "sha256" : null))
                    : Json.Error(404, KeyNotFound);
        });

        api.V2.MapDelete(route + "/{**fingerprint}", (HttpContext ctx, string fingerprint) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            lock (state.Sync)
            {
                if (FindKey(admin, project.Slug, fingerprint) is not { } key) return Json.Error(404, KeyNotFound);
                admin.CheckoutKeys[project.Slug].Remove(key);
                return Json.Ok(new { message = "OK" });
            }
        });
    }

    private static CheckoutKeyRecord? FindKey(AdminState admin, string slug, string fingerprint) =>
        admin.CheckoutKeys.GetValueOrDefault(slug)?.FirstOrDefault(k => k.Fingerprint == fingerprint || k.Sha256Fingerprint == fingerprint);

    /// <summary>The key as answered, with the fingerprint in the requested digest.</summary>
    private static object Shown(CheckoutKeyRecord k, string? digest) => new Dictionary<string, object?>
    {
        ["public-key"] = k.PublicKey, ["type"] = k.Type, ["fingerprint"] = digest == "sha256" ? k.Sha256Fingerprint : k.Fingerprint,
        ["preferred"] = k.Preferred, ["created-at"] = k.CreatedAt,
    };
}
