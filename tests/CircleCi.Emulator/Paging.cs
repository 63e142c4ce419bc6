using System.Buffers.Text;
using System.Text;

namespace CircleCi.Emulator;

/// <summary>
/// CircleCI-style pages: {"items": [...], "next_page_token": "..."|null}. Tokens are opaque
/// base64url("list-key|offset"); a token from another list, or garbage, is a 400.
/// </summary>
public static class Paging
{
    public const string InvalidToken = "Invalid page token.";

    /// <summary>Set in HttpContext.Items by the repeatPageToken fault.</summary>
    public const string RepeatTokenItem = "emulator.repeatPageToken";

    /// <summary>
    /// Answers one page of <paramref name="all"/> (already in API order). <paramref name="listKey"/>
    /// identifies the list (e.g. "pipelines|gh/acme/api|main") so tokens cannot cross lists.
    /// </summary>
    public static IResult Page<T>(HttpContext ctx, IReadOnlyList<T> all, string listKey, int pageSize)
    {
        var token = ctx.Request.Query["page-token"].ToString();
        var offset = 0;
        if (token.Length > 0 && !TryDecode(token, listKey, out offset))
            return Json.Error(400, InvalidToken);

        var items = new List<T>(Math.Min(pageSize, Math.Max(0, all.Count - offset)));
        for (var i = offset; i < all.Count && items.Count < pageSize; i++) items.Add(all[i]);
        string? next = offset + pageSize < all.Count ? Encode(listKey, offset + pageSize) : null;

        // CircleCI has been seen handing back the token it was given, looping forever.
        if (ctx.Items.ContainsKey(RepeatTokenItem) && token.Length > 0) next = token;
        return Json.Page(items, next);
    }

    public static string Encode(string listKey, int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(listKey + "|" + offset));

    public static bool TryDecode(string token, string listKey, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var bar = text.LastIndexOf('|');
            return bar > 0 && text[..bar] == listKey && int.TryParse(text[(bar + 1)..], out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

}
