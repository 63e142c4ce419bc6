namespace CircleCi.Emulator.Endpoints;

/// <summary>
/// Pages for the lists whose page size the client chooses (groups: ?limit=, deploy: ?page-size=), with the same
/// opaque tokens as <see cref="Paging"/>; the groups list also reports total_count.
/// </summary>
public static class CountedPaging
{
    public static IResult Page<T>(HttpContext ctx, IReadOnlyList<T> all, string listKey, string sizeParameter, int defaultSize, bool withTotal)
    {
        var sizeText = ctx.Request.Query[sizeParameter].ToString();
        var size = defaultSize;
        if (sizeText.Length > 0 && (!int.TryParse(sizeText, out size) || size < 1 || size > 100))
            return Json.Error(400, $"{sizeParameter} must be a number from 1 to 100.");
        var token = ctx.Request.Query["page-token"].ToString();
        var offset = 0;
        if (token.Length > 0 && !Paging.TryDecode(token, listKey, out offset)) return Json.Error(400, Paging.InvalidToken);
        var items = all.Skip(offset).Take(size).ToList();
        string? next = offset + size < all.Count ? Paging.Encode(listKey, offset + size) : null;
        return withTotal
            ? Json.Page(items, next, all.Count)
            : Json.Page(items, next);
    }
}
