using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>User tag: GET /me, GET /me/collaborations, GET /user/{id}.</summary>
public static class UserEndpoints
{
    public const string UserNotFound = "User does not exist.";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet("/me", (HttpContext ctx) => Json.Ok(Auth.User(ctx)!));

        api.V2.MapGet("/me/collaborations", (HttpContext ctx) =>
        {
            var user = Auth.User(ctx)!;
            lock (state.Sync)
                return Json.Ok(user.OrgSlugs.Select(s => state.Orgs[s]).ToList());
        });

        api.V2.MapGet("/user/{id}", (string id) =>
        {
            UserRecord? user = null;
            if (Guid.TryParse(id, out var guid))
                lock (state.Sync) user = state.Users.GetValueOrDefault(guid);
            return user is null ? Json.Error(404, UserNotFound) : Json.Ok(user);
        });
    }
}
