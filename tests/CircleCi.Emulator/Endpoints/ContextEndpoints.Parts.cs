using CircleCi.Emulator.Admin;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>A context's environment variables and restrictions.</summary>
public static partial class ContextEndpoints
{
    public const string VariableNotFound = "Environment variable not found.";
    public const string RestrictionNotFound = "Context restriction not found.";

    private static void MapVariables(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;

        api.V2.MapGet("/context/{id}/environment-variable", (HttpContext ctx, string id) =>
        {
            lock (state.Sync)
                return Find(admin, id) is { } context
                    ? Paging.Page(ctx, context.Variables.Values.ToList(), "context-vars|" + context.Id, api.PageSize)
                    : Json.Error(404, ContextNotFound);
        });

        api.V2.MapPut("/context/{id}/environment-variable/{name}", async (HttpContext ctx, string id, string name) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            var value = body is null ? null : AdminAccess.Text(body, "value");
            if (value is null) return Json.Error(400, "Field 'value' is required.");
            if (!ProjectAdminEndpoints.IsValidName(name)) return Json.Error(400, ProjectAdminEndpoints.InvalidEnvVarName);
            lock (state.Sync)
            {
                if (Find(admin, id) is not { } context) return Json.Error(404, ContextNotFound);
                var now = admin.Now();
                if (context.Variables.TryGetValue(name, out var existing))
                {
                    existing.Secret = value;
                    existing.UpdatedAt = now;
                    return Json.Ok(existing);
                }
                var created = new ContextVarRecord { Variable = name, Secret = value, CreatedAt = now, UpdatedAt = now, ContextId = context.Id };
                context.Variables[name] = created;
                return Json.Ok(created);
            }
        });

        api.V2.MapDelete("/context/{id}/environment-variable/{name}", (HttpContext ctx, string id, string name) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            lock (state.Sync)
            {
                if (Find(admin, id) is not { } context) return Json.Error(404, ContextNotFound);
                return context.Variables.Remove(name) ? Json.Ok(new { message = "Environment variable deleted." }) : Json.Error(404, VariableNotFound);
            }
        });
    }

    private static void MapRestrictions(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;

        api.V2.MapGet("/context/{id}/restrictions", (string id) =>
        {
            lock (state.Sync)
                return Find(admin, id) is { } context
                    ? Json.Page(context.Restrictions, null)
                    : Json.Error(404, ContextNotFound);
        });

        api.V2.MapPost("/context/{id}/restrictions", async (HttpContext ctx, string id) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            var type = AdminAccess.Text(body, "restriction_type");
            var value = AdminAccess.Text(body, "restriction_value");
            if (type is not ("project" or "expression" or "group") || string.IsNullOrWhiteSpace(value))
                return Json.Error(400, "restriction_type must be project, expression or group, with a restriction_value.");
            lock (state.Sync)
            {
                if (Find(admin, id) is not { } context) return Json.Error(404, ContextNotFound);
                ProjectRecord? project = null;
                if (type is "project" or "group" && !Guid.TryParse(value, out _))
                    return Json.Error(400, $"restriction_value must be a {type} id.");
                if (type == "project" && (project = state.Projects.Values.FirstOrDefault(p => p.Id.ToString() == value.ToLowerInvariant())) is null)
                    return Json.Error(404, "Project not found.");
                if (context.Restrictions.Any(r => r.RestrictionType == type && r.RestrictionValue == value))
                    return Json.Error(409, "The restriction you're trying to add already exists.");
                var restriction = new RestrictionRecord
                {
                    ContextId = context.Id, Id = Seed.IdFor($"restriction:{context.Id}/{type}/{value}", state.Options.Seed),
                    ProjectId = project?.Id, Name = project?.Name ?? value, RestrictionType = type, RestrictionValue = value,
                };
                context.Restrictions.Add(restriction);
                // restriction_created: the listed restriction without its context_id.
                return Json.Ok(new { restriction.Id, restriction.ProjectId, restriction.Name, restriction.RestrictionType, restriction.RestrictionValue }, 201);
            }
        });

        api.V2.MapDelete("/context/{id}/restrictions/{restrictionId}", (HttpContext ctx, string id, string restrictionId) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            lock (state.Sync)
            {
                if (Find(admin, id) is not { } context) return Json.Error(404, ContextNotFound);
                var removed = context.Restrictions.RemoveAll(r => r.Id.ToString() == restrictionId.ToLowerInvariant());
                return removed > 0 ? Json.Ok(new { message = "Context restriction deleted." }) : Json.Error(404, RestrictionNotFound);
            }
        });
    }
}
