namespace CircleCi.Emulator.State;

/// <summary>
/// State of the organization-level areas of issue 9 (URL orb allow-list, groups, usage exports, pipeline definitions
/// and triggers, rollbacks, OIDC claims, policies, deploys). Reset with the rest in <see cref="Reset"/>.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>URL orb allow-list entries per organization id.</summary>
    public Dictionary<Guid, List<AllowListEntryRecord>> OrbAllowList { get; } = new();

    /// <summary>Groups per organization id; gh/acme is seeded with three.</summary>
    public Dictionary<Guid, List<GroupRecord>> Groups { get; } = new();

    /// <summary>The groups of an organization (a new, empty list when it has none yet).</summary>
    public List<GroupRecord> GroupsOf(OrgRecord org)
    {
        if (!Groups.TryGetValue(org.Id!.Value, out var list)) Groups[org.Id.Value] = list = new();
        return list;
    }

    public Dictionary<Guid, UsageExportRecord> UsageExports { get; } = new();

    /// <summary>Usage API calls per organization id (the emulator's hour never ends: reset clears it).</summary>
    public Dictionary<Guid, int> UsageCalls { get; } = new();

    /// <summary>Counts one usage API call; false once the organization has used its calls for the hour.</summary>
    public bool CountUsageCall(Guid orgId)
    {
        lock (Sync)
        {
            var calls = UsageCalls.GetValueOrDefault(orgId) + 1;
            UsageCalls[orgId] = calls;
            return calls <= Endpoints.UsageEndpoints.CallsPerHour;
        }
    }

    /// <summary>Custom OIDC claims per (organization, project or null).</summary>
    public Dictionary<(Guid, Guid?), OidcClaimsRecord> OidcClaims { get; } = new();

    /// <summary>"component-id|environment-id" of the rollbacks started (a second one is a 409).</summary>
    public HashSet<string> RollbacksInProgress { get; } = new();

    /// <summary>Owners (organization ids) with config policy evaluation enabled.</summary>
    public HashSet<string> PolicyEnabled { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Config policies per owner (organization id); gh/acme has one seeded.</summary>
    public Dictionary<string, List<PolicyRecord>> Policies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<PolicyRecord> PoliciesOf(string ownerId) => Policies.GetValueOrDefault(ownerId) ?? new();

    /// <summary>Finds an organization by slug (gh/acme, circleci/&lt;id&gt;) or by id.</summary>
    public OrgRecord? FindOrg(string slugOrId)
    {
        lock (Sync)
            return Guid.TryParse(slugOrId, out var id)
                ? Orgs.Values.FirstOrDefault(o => o.Id == id)
                : Orgs.GetValueOrDefault(NormalizeSlug(slugOrId));
    }

    private void ResetOrgAreas()
    {
        OrbAllowList.Clear();
        Groups.Clear();
        UsageExports.Clear();
        UsageCalls.Clear();
        OidcClaims.Clear();
        RollbacksInProgress.Clear();
        PolicyEnabled.Clear();
        Policies.Clear();
        if (Orgs.GetValueOrDefault("gh/acme")?.Id is { } acmeId)
            Policies[acmeId.ToString()] = new() { new PolicyRecord("require_security_orb",
                "package org\n\npolicy_name[\"require_security_orb\"]\n\nrequire_orbs[\"acme/security\"]\n", Seed.Epoch, "ada") };
        SeedDecisionLogs();
        SeedDeploy();
        SeedDefinitions();
        if (Orgs.GetValueOrDefault("gh/acme") is { } acme)
            foreach (var name in new[] { "developers", "release-managers", "auditors" })
                GroupsOf(acme).Add(new GroupRecord { Id = Seed.IdFor("group:gh/acme/" + name, Options.Seed), Name = name, Description = "The " + name + " of acme" });
    }
}

public sealed class AllowListEntryRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Prefix { get; init; }
    public required string Auth { get; init; }
}

public sealed class GroupRecord
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
}

public sealed class UsageExportRecord
{
    public required Guid UsageExportJobId { get; init; }
    public required string State { get; set; }
    public required DateTime Start { get; init; }
    public required DateTime End { get; init; }
    public List<string> DownloadUrls { get; set; } = new();
    [System.Text.Json.Serialization.JsonIgnore] public Guid OrgId { get; init; }
}

public sealed class OidcClaimsRecord
{
    public required Guid OrgId { get; init; }
    public Guid? ProjectId { get; init; }
    public List<string>? Audience { get; set; }
    public DateTime? AudienceUpdatedAt { get; set; }
    public string? Ttl { get; set; }
    public DateTime? TtlUpdatedAt { get; set; }
}

public sealed record PolicyRecord(string Name, string Content, DateTime CreatedAt, string CreatedBy);
