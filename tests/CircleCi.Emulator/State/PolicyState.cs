using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CircleCi.Emulator.State;

/// <summary>Policy decision audit logs, and the emulator's stand-in for OPA that renders decisions.</summary>
public sealed partial class EmulatorState
{
    /// <summary>Decision audit logs per owner (organization id), newest first; gh/acme has 25 seeded.</summary>
    public Dictionary<string, List<DecisionLogRecord>> DecisionLogs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<DecisionLogRecord> DecisionLogsOf(string ownerId) => DecisionLogs.GetValueOrDefault(ownerId) ?? new();

    /// <summary>25 decisions for gh/acme, one every 10 minutes: mostly PASS, some SOFT_FAIL and HARD_FAIL, on api and web.</summary>
    private void SeedDecisionLogs()
    {
        DecisionLogs.Clear();
        if (Orgs.GetValueOrDefault("gh/acme")?.Id is not { } acmeId) return;
        var bundle = PoliciesOf(acmeId.ToString()).ToList();
        var logs = new List<DecisionLogRecord>();
        for (int n = 1; n <= 25; n++)
        {
            var project = Projects[n % 5 == 0 ? Seed.WebProject : Seed.ApiProject];
            var decision = n % 7 == 0 ? Decide(bundle, "version: 2.1\n")
                : n % 4 == 0 ? new DecisionBody("SOFT_FAIL", null, RulesOf(bundle), new(), new() { new("use_recent_image", "cimg/base:2021.01 is outdated") })
                : new DecisionBody("PASS", null, RulesOf(bundle), new(), new());
            logs.Add(new DecisionLogRecord
            {
                Id = Seed.IdFor("decision:gh/acme/" + n, Options.Seed),
                CreatedAt = Seed.Epoch.AddMinutes(n * 10),
                Decision = decision,
                Metadata = new DecisionMetadata(100 + n, project.Id, false,
                    new DecisionVcs(n % 3 == 0 ? "feature/login" : "main", project.VcsInfo.VcsUrl, null, project.VcsInfo.VcsUrl)),
                Policies = bundle.ToDictionary(p => p.Name, p => Hash(p.Content)),
                TimeTakenMs = 3 + n % 5,
                Bundle = bundle,
            });
        }
        logs.Reverse();
        DecisionLogs[acmeId.ToString()] = logs;
    }

    /// <summary>Not OPA: each require_orbs["x"] line of a policy is a hard rule that the input must mention x.</summary>
    public static DecisionBody Decide(IEnumerable<PolicyRecord> policies, string input)
    {
        var failures = new List<ViolationBody>();
        foreach (var policy in policies)
            foreach (Match m in Regex.Matches(policy.Content, "require_orbs\\[\"([^\"]+)\"\\]"))
                if (!input.Contains(m.Groups[1].Value, StringComparison.Ordinal))
                    failures.Add(new ViolationBody("require_orbs", m.Groups[1].Value + " orb is required"));
        return new DecisionBody(failures.Count > 0 ? "HARD_FAIL" : "PASS", null, RulesOf(policies), failures, new());
    }

    private static List<string> RulesOf(IEnumerable<PolicyRecord> policies) =>
        policies.SelectMany(p => Regex.Matches(p.Content, "^(\\w+)\\[", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            .Where(rule => rule != "policy_name").Distinct().ToList();

    /// <summary>The SHA-512 of a policy's source: the 128 hex characters decision logs carry per policy.</summary>
    public static string Hash(string content) => Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(content))).ToLowerInvariant();
}

public sealed class DecisionLogRecord
{
    public required Guid Id { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DecisionBody Decision { get; init; }
    public required DecisionMetadata Metadata { get; init; }
    public required Dictionary<string, string> Policies { get; init; }
    public required int TimeTakenMs { get; init; }
    /// <summary>The policies as they were when the decision was made (GetDecisionLogPolicyBundle).</summary>
    [JsonIgnore] public List<PolicyRecord> Bundle { get; init; } = new();
}

public sealed record DecisionBody(string Status, string? Reason, List<string> EnabledRules, List<ViolationBody> HardFailures, List<ViolationBody> SoftFailures);

public sealed record ViolationBody(string Rule, string Reason);

public sealed record DecisionMetadata(long BuildNumber, Guid ProjectId, bool SshRerun, DecisionVcs Vcs);

public sealed record DecisionVcs(string Branch, string OriginRepositoryUrl, string? ReleaseTag, string TargetRepositoryUrl);
