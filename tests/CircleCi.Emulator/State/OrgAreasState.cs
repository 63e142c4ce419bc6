namespace CircleCi.Emulator.State;

/// <summary>
/// State of the organization-level areas of issue 9 (URL orb allow-list, groups, usage exports, pipeline definitions
/// and triggers, rollbacks, OIDC claims, policies, deploys). Reset with the rest in <see cref="Reset"/>.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>URL orb allow-list entries per organization id.</summary>
    public Dictionary<Guid, List<AllowListEntryRecord>> OrbAllowList { get; } = new();

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
    }
}

public sealed class AllowListEntryRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Prefix { get; init; }
    public required string Auth { get; init; }
}
