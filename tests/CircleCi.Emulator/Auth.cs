using System.Text;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator;

/// <summary>Seeded tokens. Keep in sync with Get-CircleEmulatorToken in tests/Pester/Emulator.psm1.</summary>
public static class EmulatorTokens
{
    /// <summary>Personal token of "ada" (Ada Admin).</summary>
    public const string Admin = "CCIPAT_9c2b9f50001fdc6d6e32bcda138dc049b3a9356b";
    /// <summary>Personal token of "rex" (Rex Reader), a less privileged member of gh/acme.</summary>
    public const string Reader = "CCIPAT_bc853e369aba563f64392c4ab02a9eb6609cdacd";
    /// <summary>Project token of gh/acme/api: refused by v2, accepted by v1.1.</summary>
    public const string ProjectToken = "CCIPRJ_651752afab14678c8707c625f24eab48ddb4d89f";
    /// <summary>A pre-2023 token (40 hex, no prefix): refused with the spec's old_token message.</summary>
    public const string OldFormat = "4ab3b300963ad76b5b2ef98af09e5bc3db0bed94";
}

/// <summary>Authentication for /api/**, per the spec's 401_invalid_token examples.</summary>
public static class Auth
{
    public const string UserItem = "emulator.user";
    public const string ProjectItem = "emulator.projectToken";

    public const string LoginFirst = "You must log in first.";
    public const string InvalidToken = "Invalid token provided.";
    public const string OldToken =
        "New format tokens are needed to authenticate this API endpoint. Create a new API token for access.";
    public const string QueryAuth =
        "Support for query parameter authentication has been deprecated to improve security. Please use a supported authentication method such as header-based, or basic authentication.";

    /// <summary>The authenticated user, set by the middleware (null for v1.1 project tokens).</summary>
    public static UserRecord? User(HttpContext ctx) => ctx.Items[UserItem] as UserRecord;

    public static async Task Middleware(HttpContext ctx, RequestDelegate next, EmulatorState state)
    {
        if (ctx.Request.Query.ContainsKey("circle-token"))
        {
            await Json.WriteErrorAsync(ctx, 401, QueryAuth);
            return;
        }

        var token = ReadToken(ctx.Request);
        if (string.IsNullOrEmpty(token))
        {
            await Json.WriteErrorAsync(ctx, 401, LoginFirst);
            return;
        }

        var user = state.FindUserByToken(token);
        if (user is not null)
        {
            ctx.Items[UserItem] = user;
            await next(ctx);
            return;
        }

        string? projectSlug;
        lock (state.Sync) projectSlug = state.ProjectTokens.GetValueOrDefault(token);
        if (projectSlug is not null && ctx.Request.Path.StartsWithSegments("/api/v1.1"))
        {
            ctx.Items[ProjectItem] = projectSlug;
            await next(ctx);
            return;
        }

        // CircleCI answers project tokens on v2 as if no one were logged in.
        var message = projectSlug is not null ? LoginFirst : IsOldFormat(token) ? OldToken : InvalidToken;
        await Json.WriteErrorAsync(ctx, 401, message);
    }

    /// <summary>Circle-Token header, then Authorization: Bearer T, then Basic base64(T:).</summary>
    public static string? ReadToken(HttpRequest req)
    {
        var header = req.Headers["Circle-Token"].ToString();
        if (header.Length > 0) return header.Trim();

        var auth = req.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return auth[7..].Trim();
        if (auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
                var colon = decoded.IndexOf(':');
                return colon >= 0 ? decoded[..colon] : decoded;
            }
            catch (FormatException)
            {
                return "";
            }
        }
        return null;
    }

    private static bool IsOldFormat(string token) =>
        token.Length == 40 && token.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
