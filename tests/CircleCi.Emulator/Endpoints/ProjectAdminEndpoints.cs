using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CircleCi.Emulator.Admin;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Project tag, administration: create (both forms), delete, advanced settings, environment variables and
/// checkout keys. Writes need an admin token (the Reader token gets 403).
/// </summary>
public static partial class ProjectAdminEndpoints
{
    public const string EnvVarNotFound = "Environment variable not found.";
    public const string KeyNotFound = "Checkout key not found.";
    public const string InvalidEnvVarName = "Environment variable names must start with a letter or underscore and contain only letters, digits and underscores.";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvVarName();

    public static bool IsValidName(string name) => EnvVarName().IsMatch(name);

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;

        api.V2.MapPost("/organization/{vcs}/{org}/project", (HttpContext ctx, string vcs, string org) => CreateInOrg(ctx, state, $"{vcs}/{org}"));
        api.V2.MapPost("/organization/{org}/project", (HttpContext ctx, string org) => CreateInOrg(ctx, state, org));

        api.V2.MapPost(ProjectSlug.Route, (HttpContext ctx) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var slug = EmulatorState.NormalizeSlug(ProjectSlug.From(ctx));
            var parts = slug.Split('/');
            if (parts[0] == "circleci")
                return Json.Error(405, "Create projects using the API is currently supported for classic Github OAuth and Bitbucket projects only.");
            lock (state.Sync)
            {
                if (!state.Orgs.TryGetValue(parts[0] + "/" + parts[1], out var owner)) return Json.Error(404, "Project not found.");
                if (!state.Projects.ContainsKey(slug))
                {
                    var host = parts[0] == "bb" ? "https://bitbucket.org/" : "https://github.com/";
                    Seed.AddProject(state, owner, parts[2], Seed.IdFor("project:" + slug, state.Options.Seed), host + parts[1] + "/" + parts[2],
                        parts[0] == "bb" ? "Bitbucket" : "GitHub", "main");
                }
                return Json.Ok(SettingsBody(admin, slug), 201);
            }
        });

        api.V2.MapDelete(ProjectSlug.Route, (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            lock (state.Sync)
            {
                state.Projects.Remove(project.Slug);
                admin.EnvVars.Remove(project.Slug); admin.CheckoutKeys.Remove(project.Slug); admin.Settings.Remove(project.Slug);
            }
            return Json.Ok(new { message = "Project deleted." });
        });

        api.V2.MapGet(ProjectSlug.Route + "/settings", (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            lock (state.Sync) return Json.Ok(SettingsBody(admin, project.Slug));
        });

        api.V2.MapPatch(ProjectSlug.Route + "/settings", async (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            if (body.Count == 0) return Json.Error(400, "No JSON fields found.");
            if (body.Any(p => p.Key != "advanced") || body["advanced"] is not JsonObject advanced)
                return Json.Error(400, "Unexpected JSON field.");
            var defaults = AdminState.DefaultSettings();
            lock (state.Sync)
            {
                if (!admin.Settings.TryGetValue(project.Slug, out var changed)) admin.Settings[project.Slug] = changed = new();
                foreach (var (key, value) in advanced)
                {
                    if (!defaults.ContainsKey(key)) return Json.Error(400, $"Unexpected JSON field '{key}'.");
                    if (key == "pr_only_branch_overrides")
                    {
                        if (value is not JsonArray branches) return Json.Error(400, "Field 'pr_only_branch_overrides' must be a list.");
                        if (branches.Count > 100) return Json.Error(400, "Field 'pr_only_branch_overrides' only supports up to 100 branches.");
                        changed[key] = branches.Select(b => b!.GetValue<string>()).ToList();
                    }
                    else if (value is JsonValue v && v.TryGetValue(out bool flag)) changed[key] = flag;
                    else return Json.Error(400, $"Field '{key}' must be a boolean.");
                }
                return Json.Ok(SettingsBody(admin, project.Slug));
            }
        });

        MapEnvVars(api);
        MapCheckoutKeys(api);
    }

    private static async Task<IResult> CreateInOrg(HttpContext ctx, EmulatorState state, string orgSlugOrId)
    {
        if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
        var body = await AdminAccess.ReadObjectAsync(ctx);
        var name = body is null ? null : AdminAccess.Text(body, "name");
        if (string.IsNullOrWhiteSpace(name)) return Json.Error(400, "Field 'name' is required.");
        lock (state.Sync)
        {
            var org = state.Orgs.Values.FirstOrDefault(o => string.Equals(o.Slug, orgSlugOrId, StringComparison.OrdinalIgnoreCase)
                || o.Id?.ToString() == orgSlugOrId);
            if (org is null) return Json.Error(404, "Organization not found.");
            if (state.Projects.Values.Any(p => p.OrganizationId == org.Id && p.Name == name))
                return Json.Error(409, "A project with this name already exists.");
            var id = Seed.IdFor($"project:{org.Slug}/{name}", state.Options.Seed);
            var repo = org.VcsType == "circleci" ? id.ToString() : name;
            return Json.Ok(Seed.AddProject(state, org, repo, id, "https://github.com/" + org.Name + "/" + name,
                org.VcsType == "circleci" ? "CircleCI" : org.VcsType == "bitbucket" ? "Bitbucket" : "GitHub", "main", name));
        }
    }

    private static object SettingsBody(AdminState admin, string slug)
    {
        var merged = AdminState.DefaultSettings();
        if (admin.Settings.TryGetValue(slug, out var changed))
            foreach (var (key, value) in changed) merged[key] = value;
        return new { advanced = merged };
    }
}
