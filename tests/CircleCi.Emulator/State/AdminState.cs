using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.Emulator.State;

/// <summary>
/// Administration data: project settings, environment variables, checkout keys, contexts, schedules and webhooks.
/// Guarded by <see cref="EmulatorState.Sync"/> like the rest; cleared and seeded by <see cref="EmulatorState.Reset"/>.
/// </summary>
public sealed class AdminState
{
    /// <summary>Environment variables per project slug, by name (CircleCI lists them sorted by name).</summary>
    public Dictionary<string, SortedDictionary<string, EnvVarRecord>> EnvVars { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, List<CheckoutKeyRecord>> CheckoutKeys { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Advanced settings per project slug (only the ones changed from the defaults).</summary>
    public Dictionary<string, Dictionary<string, object?>> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<Guid, ContextRecord> Contexts { get; } = new();
    public Dictionary<Guid, ScheduleRecord> Schedules { get; } = new();
    public Dictionary<Guid, WebhookRecord> Webhooks { get; } = new();
    /// <summary>Projects whose settings nobody seeded may change (admins of another team own them): writes get 403.</summary>
    public HashSet<string> LockedProjects { get; } = new(StringComparer.OrdinalIgnoreCase);
    private long _ticks;

    public void Clear()
    {
        EnvVars.Clear(); CheckoutKeys.Clear(); Settings.Clear(); Contexts.Clear(); Schedules.Clear(); Webhooks.Clear(); LockedProjects.Clear();
        _ticks = 0;
    }

    /// <summary>A deterministic "now": one second after the previous change, from the seed's epoch.</summary>
    public DateTime Now() => Seed.Epoch.AddDays(30).AddSeconds(++_ticks);

    /// <summary>CircleCI's masking of stored secrets: "xxxx" and the last four characters.</summary>
    public static string Mask(string value) => "xxxx" + (value.Length > 4 ? value[^4..] : value);

    /// <summary>The defaults CircleCI reports for a project's advanced settings.</summary>
    public static Dictionary<string, object?> DefaultSettings() => new()
    {
        ["autocancel_builds"] = false, ["build_fork_prs"] = false, ["build_prs_only"] = false, ["disable_ssh"] = false,
        ["forks_receive_secret_env_vars"] = false, ["oss"] = false, ["set_github_status"] = true, ["setup_workflows"] = false,
        ["write_settings_requires_admin"] = false, ["pr_only_branch_overrides"] = new List<string> { "main" },
    };
}

public sealed class EnvVarRecord
{
    public required string Name { get; init; }
    [JsonIgnore] public string Secret { get; set; } = default!;
    public string Value => AdminState.Mask(Secret);
    [JsonIgnore] public DateTime CreatedAt { get; set; }
    /// <summary>A "created-at" a test seeded to be sent as it is (POST /_emulator/envvar): CircleCI's own
    /// "#joda/inst 2023-04-14T21:20:14+0000", or a malformed value; unset, the date is printed like every other.</summary>
    [JsonIgnore] public JsonElement? CreatedAtAsSent { get; set; }
    [JsonPropertyName("created-at")] public object CreatedAtOnTheWire => CreatedAtAsSent is { } raw ? raw : CreatedAt;
}

public sealed class CheckoutKeyRecord
{
    [JsonPropertyName("public-key")] public required string PublicKey { get; init; }
    public required string Type { get; init; }
    /// <summary>The MD5 fingerprint (aa:bb:...), the default digest.</summary>
    public required string Fingerprint { get; init; }
    [JsonIgnore] public string Sha256Fingerprint { get; init; } = default!;
    public bool Preferred { get; set; }
    [JsonPropertyName("created-at")] public required DateTime CreatedAt { get; init; }
}

public sealed class ContextRecord
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required DateTime CreatedAt { get; init; }
    [JsonIgnore] public string OwnerSlug { get; init; } = default!;
    [JsonIgnore] public Guid OwnerId { get; init; } = default!;
    [JsonIgnore] public SortedDictionary<string, ContextVarRecord> Variables { get; } = new(StringComparer.Ordinal);
    [JsonIgnore] public List<RestrictionRecord> Restrictions { get; } = new();
}

public sealed class ContextVarRecord
{
    public required string Variable { get; init; }
    [JsonIgnore] public string Secret { get; set; } = default!;
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public required Guid ContextId { get; init; }
}

public sealed class RestrictionRecord
{
    public required Guid ContextId { get; init; }
    public required Guid Id { get; init; }
    public Guid? ProjectId { get; init; }
    public required string Name { get; init; }
    public required string RestrictionType { get; init; }
    public required string RestrictionValue { get; init; }
}

public sealed class ScheduleRecord
{
    public required Guid Id { get; init; }
    public required Dictionary<string, object?> Timetable { get; set; }
    [JsonPropertyName("updated-at")] public required DateTime UpdatedAt { get; set; }
    public required string Name { get; set; }
    [JsonPropertyName("created-at")] public required DateTime CreatedAt { get; init; }
    [JsonPropertyName("project-slug")] public required string ProjectSlug { get; init; }
    public required Dictionary<string, object?> Parameters { get; set; }
    public required ScheduleActor Actor { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Description { get; set; }
}

public sealed record ScheduleActor([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? AvatarUrl, Guid Id, string Login, string Name);

public sealed class WebhookRecord
{
    public required string Url { get; set; }
    [JsonPropertyName("verify-tls")] public required bool VerifyTls { get; set; }
    public required Guid Id { get; init; }
    [JsonIgnore] public string Secret { get; set; } = default!;
    [JsonPropertyName("signing-secret")] public string SigningSecret => AdminState.Mask(Secret);
    [JsonPropertyName("updated-at")] public required DateTime UpdatedAt { get; set; }
    public required string Name { get; set; }
    [JsonPropertyName("created-at")] public required DateTime CreatedAt { get; init; }
    public required WebhookScope Scope { get; init; }
    public required List<string> Events { get; set; }
}

public sealed record WebhookScope(Guid Id, string Type);
