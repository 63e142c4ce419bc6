using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>Policy results scoped to an owner and context (set by the cmdlet, so they pipe to the next policy cmdlet).</summary>
    internal interface IPolicyScoped
    {
        string OwnerId { get; set; }
        string Context { get; set; }
    }

    /// <summary>The outcome of evaluating config input against an owner's policies: PASS, SOFT_FAIL, HARD_FAIL or ERROR.</summary>
    public sealed class PolicyDecision : IPolicyScoped
    {
        public string Status { get; set; } = string.Empty;
        public string? Reason { get; set; }
        public ItemList<string>? EnabledRules { get; set; }
        public ItemList<PolicyViolation>? HardFailures { get; set; }
        public ItemList<PolicyViolation>? SoftFailures { get; set; }

        /// <summary>The config file judged (Test-CirclePolicyDecision -Path); null for -Content and decision logs.</summary>
        [JsonIgnore] public string? Path { get; set; }
        [JsonIgnore] public string OwnerId { get; set; } = string.Empty;
        [JsonIgnore] public string Context { get; set; } = string.Empty;

        public override string ToString() => Status;
    }

    /// <summary>A rule a config broke, and why.</summary>
    public sealed class PolicyViolation
    {
        public string Rule { get; set; } = string.Empty;
        public string Reason { get; set; } = string.Empty;

        public override string ToString() => $"{Rule}: {Reason}";
    }

    /// <summary>A decision CircleCI made for a pipeline's config, with what it was made for and which policies (by hash).</summary>
    [BindingAlias("DecisionId", nameof(Id))]
    public sealed class PolicyDecisionLog : IPolicyScoped
    {
        public Guid Id { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public PolicyDecision? Decision { get; set; }
        [JsonInclude] internal PolicyDecisionMetadata? Metadata { get; set; }
        /// <summary>Policy name to the SHA-512 of its source at the time.</summary>
        public ItemMap? Policies { get; set; }
        public long? TimeTakenMs { get; set; }

        [JsonIgnore] public string? Status => Decision?.Status;
        [JsonIgnore] public string? Branch => Metadata?.Vcs?.Branch;
        [JsonIgnore] public Guid? ProjectId => Metadata?.ProjectId;
        /// <summary>The pipeline number (build_number on the wire).</summary>
        [JsonIgnore] public long? PipelineNumber => Metadata?.BuildNumber;
        [JsonIgnore] public string? ReleaseTag => Metadata?.Vcs?.ReleaseTag;
        [JsonIgnore] public bool? SshRerun => Metadata?.SshRerun;
        [JsonIgnore] public string OwnerId { get; set; } = string.Empty;
        [JsonIgnore] public string Context { get; set; } = string.Empty;

        public override string ToString() => $"{Id} {Status}";
    }

    internal sealed class PolicyDecisionMetadata
    {
        public long? BuildNumber { get; set; }
        public Guid? ProjectId { get; set; }
        public bool? SshRerun { get; set; }
        public PolicyDecisionVcs? Vcs { get; set; }
    }

    internal sealed class PolicyDecisionVcs
    {
        public string? Branch { get; set; }
        public string? OriginRepositoryUrl { get; set; }
        public string? ReleaseTag { get; set; }
        public string? TargetRepositoryUrl { get; set; }

        public override string ToString() => Branch ?? ReleaseTag ?? string.Empty;
    }

    /// <summary>What publishing a policy bundle changes (or, for a dry run, would change), by policy name.</summary>
    public sealed class PolicyBundleDiff : IPolicyScoped
    {
        public ItemList<string> Created { get; set; } = new ItemList<string>();
        public ItemList<string> Modified { get; set; } = new ItemList<string>();
        public ItemList<string> Deleted { get; set; } = new ItemList<string>();

        /// <summary>True when nothing was changed (Publish-CirclePolicyBundle -DryRun).</summary>
        [JsonIgnore] public bool DryRun { get; set; }
        [JsonIgnore] public string OwnerId { get; set; } = string.Empty;
        [JsonIgnore] public string Context { get; set; } = string.Empty;

        public override string ToString() => $"+{Created.Count} ~{Modified.Count} -{Deleted.Count}";
    }
}
