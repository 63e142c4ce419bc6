using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>An organization's Insights summary (GET /insights/{org-slug}/summary).</summary>
    [DurationFromSeconds("TotalDuration", nameof(TotalDurationSeconds))]
    public sealed class OrgSummary
    {
        [JsonInclude] internal InsightTotals OrgData { get; set; } = new InsightTotals();
        [JsonInclude] internal ItemList<OrgProjectSummary> OrgProjectData { get; set; } = new ItemList<OrgProjectSummary>();
        public ItemList<string>? AllProjects { get; set; }

        [JsonIgnore] public string OrgSlug { get; set; } = string.Empty;
        [JsonIgnore] public string? ReportingWindow { get; set; }
        [JsonIgnore] public ItemList<OrgProjectSummary> Projects => OrgProjectData;
        [JsonIgnore] public long TotalRuns => OrgData.TotalRuns;
        [JsonIgnore] public double SuccessRate => OrgData.SuccessRate;
        [JsonIgnore] public long? TotalCreditsUsed => OrgData.TotalCreditsUsed;
        [JsonIgnore] public long? TotalDurationSeconds => OrgData.TotalDurationSeconds;
        [JsonIgnore] public double? Throughput => OrgData.Throughput;
        public override string ToString() => OrgSlug;
    }

    /// <summary>Metrics and trends summed over an organization or a project ("org_data", "project_data").</summary>
    public sealed class InsightTotals : InsightTrendRecord
    {
        [JsonIgnore] public InsightTrend? ThroughputTrend => InsightTrend.From(Trends.Throughput);
        [JsonIgnore] public InsightTrend? TotalDurationTrend => InsightTrend.From(Trends.TotalDurationSecs);
    }

    /// <summary>One project's row of an organization summary.</summary>
    public sealed class OrgProjectSummary : InsightTrendRecord
    {
        public string ProjectName { get; set; } = string.Empty;
        [JsonIgnore] public string OrgSlug { get; set; } = string.Empty;
        public override string ToString() => ProjectName;
    }

    /// <summary>A project's Insights page (GET /insights/pages/{slug}/summary).</summary>
    [DurationFromSeconds("TotalDuration", nameof(TotalDurationSeconds))]
    public sealed class ProjectSummary
    {
        public Guid? OrgId { get; set; }
        public Guid? ProjectId { get; set; }
        [JsonInclude] internal InsightTotals ProjectData { get; set; } = new InsightTotals();
        [JsonInclude] internal ItemList<ProjectWorkflowSummary> ProjectWorkflowData { get; set; } = new ItemList<ProjectWorkflowSummary>();
        [JsonInclude] internal ItemList<ProjectWorkflowSummary> ProjectWorkflowBranchData { get; set; } = new ItemList<ProjectWorkflowSummary>();
        public ItemList<string> AllBranches { get; set; } = new ItemList<string>();
        public ItemList<string> AllWorkflows { get; set; } = new ItemList<string>();

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        [JsonIgnore] public string? ReportingWindow { get; set; }
        [JsonIgnore] public ItemList<ProjectWorkflowSummary> Workflows => ProjectWorkflowData;
        [JsonIgnore] public ItemList<ProjectWorkflowSummary> WorkflowBranches => ProjectWorkflowBranchData;
        [JsonIgnore] public long TotalRuns => ProjectData.TotalRuns;
        [JsonIgnore] public double SuccessRate => ProjectData.SuccessRate;
        [JsonIgnore] public long? TotalCreditsUsed => ProjectData.TotalCreditsUsed;
        [JsonIgnore] public long? TotalDurationSeconds => ProjectData.TotalDurationSeconds;
        [JsonIgnore] public double? Throughput => ProjectData.Throughput;
        public override string ToString() => ProjectSlug;
    }

    /// <summary>A workflow's (or workflow-and-branch's) row of a project summary; Branch is null on the per-workflow rows.</summary>
    public sealed class ProjectWorkflowSummary : InsightTrendRecord
    {
        public override string ToString() => Branch == null ? WorkflowName ?? string.Empty : $"{WorkflowName} ({Branch})";
    }
}
