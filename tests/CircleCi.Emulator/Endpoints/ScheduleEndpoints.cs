using System.Text.Json.Nodes;
using CircleCi.Emulator.Admin;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Schedule tag: scheduled pipelines per project (paged), by id, update (PATCH merges) and delete.</summary>
public static class ScheduleEndpoints
{
    public const string ScheduleNotFound = "Schedule not found";
    private static readonly string[] Days = { "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN" };
    private static readonly string[] MonthNames = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };

    public static void Map(ApiRoutes api)
    {
        var state = api.State;
        var admin = state.Admin;

        api.V2.MapGet(ProjectSlug.Route + "/schedule", (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            lock (state.Sync)
            {
                var schedules = admin.Schedules.Values.Where(s => s.ProjectSlug == project.Slug).OrderBy(s => s.CreatedAt).ToList();
                return Paging.Page(ctx, schedules, "schedules|" + project.Slug, api.PageSize);
            }
        });

        api.V2.MapPost(ProjectSlug.Route + "/schedule", async (HttpContext ctx) =>
        {
            if (ProjectSlug.Find(ctx, state) is not { } project) return Json.Error(404, ProjectSlug.NotFound);
            if (AdminAccess.DenyWrite(ctx, state, project.Slug) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            var name = AdminAccess.Text(body, "name");
            if (string.IsNullOrWhiteSpace(name) || body["timetable"] is not JsonObject timetable || body["parameters"] is not JsonObject parameters)
                return Json.Error(400, "Fields 'name', 'timetable', 'attribution-actor' and 'parameters' are required.");
            var timetableError = CheckTimetable(timetable, creating: true);
            if (timetableError != null) return Json.Error(400, timetableError);
            if (!parameters.ContainsKey("branch") && !parameters.ContainsKey("tag"))
                return Json.Error(400, "Parameters must include a branch or a tag.");
            var user = Auth.User(ctx)!;
            lock (state.Sync)
            {
                var now = admin.Now();
                var schedule = new ScheduleRecord
                {
                    Id = Seed.IdFor($"schedule:{project.Slug}/{name}/{admin.Schedules.Count}/{now:O}", state.Options.Seed), Name = name,
                    Description = AdminAccess.Text(body, "description"), ProjectSlug = project.Slug, Timetable = ToDictionary(timetable),
                    Parameters = ToDictionary(parameters), Actor = ActorFor(AdminAccess.Text(body, "attribution-actor"), user),
                    CreatedAt = now, UpdatedAt = now,
                };
                admin.Schedules[schedule.Id] = schedule;
                return Json.Ok(schedule, 201);
            }
        });

        api.V2.MapGet("/schedule/{id}", (string id) =>
        {
            lock (state.Sync) return Find(admin, id) is { } s ? Json.Ok(s) : Json.Error(404, ScheduleNotFound);
        });

        api.V2.MapPatch("/schedule/{id}", async (HttpContext ctx, string id) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            var body = await AdminAccess.ReadObjectAsync(ctx);
            if (body is null) return Json.Error(400, AdminAccess.InvalidJson);
            lock (state.Sync)
            {
                if (Find(admin, id) is not { } schedule) return Json.Error(404, ScheduleNotFound);
                if (body["timetable"] is JsonObject timetable)
                {
                    var merged = new JsonObject();
                    foreach (var (k, v) in schedule.Timetable) merged[k] = JsonSerializerNode(v);
                    foreach (var (k, v) in timetable) merged[k] = v?.DeepClone();
                    // days-of-week and days-of-month replace each other.
                    if (timetable.ContainsKey("days-of-week") && !timetable.ContainsKey("days-of-month")) merged.Remove("days-of-month");
                    if (timetable.ContainsKey("days-of-month") && !timetable.ContainsKey("days-of-week")) merged.Remove("days-of-week");
                    if (CheckTimetable(merged, creating: false) is { } error) return Json.Error(400, error);
                    schedule.Timetable = ToDictionary(merged);
                }
                if (AdminAccess.Text(body, "name") is { } name) schedule.Name = name;
                if (AdminAccess.Text(body, "description") is { } description) schedule.Description = description;
                if (body["parameters"] is JsonObject parameters) schedule.Parameters = ToDictionary(parameters);
                if (AdminAccess.Text(body, "attribution-actor") is { } actor) schedule.Actor = ActorFor(actor, Auth.User(ctx)!);
                schedule.UpdatedAt = admin.Now();
                return Json.Ok(schedule);
            }
        });

        api.V2.MapDelete("/schedule/{id}", (HttpContext ctx, string id) =>
        {
            if (AdminAccess.DenyWrite(ctx) is { } denied) return denied;
            lock (state.Sync)
                return Find(admin, id) is { } s && admin.Schedules.Remove(s.Id)
                    ? Json.Ok(new { message = "Schedule deleted." })
                    : Json.Error(404, ScheduleNotFound);
        });
    }

    private static ScheduleRecord? Find(AdminState admin, string id) =>
        Guid.TryParse(id, out var guid) ? admin.Schedules.GetValueOrDefault(guid) : null;

    private static ScheduleActor ActorFor(string? attribution, UserRecord user) => attribution == "system"
        ? new ScheduleActor(null, Guid.Empty, "system-actor", "Scheduled")
        : new ScheduleActor(user.AvatarUrl, user.Id, user.Login, user.Name);

    /// <summary>The document's limits: per-hour 1-60, hours 0-23, days of week or of month, known month names.</summary>
    private static string? CheckTimetable(JsonObject t, bool creating)
    {
        var perHour = t["per-hour"] is JsonValue p && p.TryGetValue(out int n) ? n : (int?)null;
        if (perHour is null or < 1 or > 60) return "per-hour must be between 1 and 60.";
        var hours = Ints(t["hours-of-day"]);
        if (hours is null || hours.Count == 0 || hours.Any(h => h is < 0 or > 23)) return "hours-of-day must list hours between 0 and 23.";
        var weekDays = Strings(t["days-of-week"]);
        var monthDays = Ints(t["days-of-month"]);
        if ((weekDays is null || weekDays.Count == 0) && (monthDays is null || monthDays.Count == 0))
            return "Either days-of-week or days-of-month is required.";
        if (weekDays?.Any(d => !Days.Contains(d)) == true) return "days-of-week takes MON, TUE, WED, THU, FRI, SAT, SUN.";
        if (monthDays?.Any(d => d is < 1 or > 31) == true) return "days-of-month must be between 1 and 31.";
        if (Strings(t["months"])?.Any(m => !MonthNames.Contains(m)) == true) return "months takes JAN to DEC.";
        return null;
    }

    private static List<int>? Ints(JsonNode? node) =>
        node is JsonArray a ? a.Select(x => x is JsonValue v && v.TryGetValue(out int i) ? i : -1).ToList() : null;

    private static List<string>? Strings(JsonNode? node) =>
        node is JsonArray a ? a.Select(x => x is JsonValue v && v.TryGetValue(out string? s) ? s! : "").ToList() : null;

    private static Dictionary<string, object?> ToDictionary(JsonObject o) =>
        o.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());

    private static JsonNode? JsonSerializerNode(object? value) => value switch
    {
        JsonNode node => node.DeepClone(),
        null => null,
        _ => System.Text.Json.JsonSerializer.SerializeToNode(value, Json.Options),
    };
}
