namespace CircleCi.Emulator.Faults;

/// <summary>
/// One fault rule as posted to /_emulator/faults (camelCase JSON). Matching is by path prefix
/// (on the path as sent, e.g. "/api/v2/me") and method; <see cref="Count"/> null = until cleared.
/// </summary>
public sealed class FaultRule
{
    public int Id { get; set; }
    public string? Path { get; set; }
    public string? Method { get; set; }
    public int? Count { get; set; }
    /// <summary>The chance (0 to 1) that a matching request gets this fault; null = every one (soak tests use a few).</summary>
    public double? Probability { get; set; }
    /// <summary>Only requests whose Range header starts with this (e.g. "bytes=4194304-": one segment of a download).</summary>
    public string? Range { get; set; }
    /// <summary>status | latency | hang | cutoff | redirect | headers | repeatPageToken | mangle | holdAnswer | drop.
    /// A lost answer either after the endpoint ran (cutoff, holdAnswer: a POST did its work) or before (hang, drop: it did not).</summary>
    public string Kind { get; set; } = "status";
    public int? StatusCode { get; set; }
    /// <summary>Put verbatim in Retry-After (seconds or an HTTP-date).</summary>
    public string? RetryAfter { get; set; }
    /// <summary>For kind status: json (default) | html | empty | truncated.</summary>
    public string? Body { get; set; }
    public string? Message { get; set; }
    public int? Ms { get; set; }
    /// <summary>For kind cutoff: bytes of the body sent before the connection is aborted (default half).</summary>
    public int? Bytes { get; set; }
    /// <summary>For kind redirect: Location; default the other listener + same path and query.</summary>
    public string? Url { get; set; }
    public Dictionary<string, string>? Headers { get; set; }
    /// <summary>For kind mangle: the JSON Pointer in the endpoint's answer to set ("" = the whole body).</summary>
    public string? Pointer { get; set; }
    /// <summary>For kind mangle: the value put there (null when absent). Unlike the other kinds, the mangled answer
    /// is still checked against the OpenAPI document: this is how tests show the answer check catching a wrong answer.</summary>
    public System.Text.Json.JsonElement? Value { get; set; }

    internal bool Matches(string method, string path, string range) =>
        (string.IsNullOrEmpty(Method) || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Range) || range.StartsWith(Range, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Path) || path.StartsWith(Path, StringComparison.OrdinalIgnoreCase));
}

public static class FaultKinds
{
    public const string Status = "status";
    public const string Latency = "latency";
    public const string Hang = "hang";
    public const string Cutoff = "cutoff";
    public const string Redirect = "redirect";
    public const string Headers = "headers";
    public const string RepeatPageToken = "repeatPageToken";
    public const string Mangle = "mangle";
    /// <summary>Runs the endpoint, then holds its answer for Ms (default 60 s) or until the client gives up.</summary>
    public const string HoldAnswer = "holdAnswer";
    /// <summary>Resets the connection once the request is in, without running the endpoint and without any answer.</summary>
    public const string Drop = "drop";

    public static readonly string[] All = { Status, Latency, Hang, Cutoff, Redirect, Headers, RepeatPageToken, Mangle, HoldAnswer, Drop };
}
