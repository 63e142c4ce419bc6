using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>An organization's Insights summary (GET /insights/{org-slug}/summary).</summary>
    public sealed class OrgSummary
    {
        public InsightTotals OrgData { get; set; } = new InsightTotals();
        public List<OrgProjectSummary> OrgProjectData { get; set; } = new List<OrgProjectSummary>();
        public List<string>? AllProjects { get; set; }

        [JsonIgnore] public string OrgSlug { get; set; } = string.Empty;
        [JsonIgnore] public string? ReportingWindow { get; set; }
        [JsonIgnore] public List<OrgProjectSummary> Projects => OrgProjectData;
        [JsonIgnore] public long TotalRuns => OrgData.TotalRuns;
        [JsonIgnore] public double SuccessRate => OrgData.SuccessRate;
        [JsonIgnore] public long? TotalCreditsUsed => OrgData.TotalCreditsUsed;
        [JsonIgnore] public TimeSpan? TotalDuration => OrgData.TotalDuration;
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
    public sealed class ProjectSummary
    {
        public Guid? OrgId { get; set; }
        public Guid? ProjectId { get; set; }
        public InsightTotals ProjectData { get; set; } = new InsightTotals();
        public List<ProjectWorkflowSummary> ProjectWorkflowData { get; set; } = new List<ProjectWorkflowSummary>();
        public List<ProjectWorkflowSummary> ProjectWorkflowBranchData { get; set; } = new List<ProjectWorkflowSummary>();
        public List<string> AllBranches { get; set; } = new List<string>();
        public List<string> AllWorkflows { get; set; } = new List<string>();

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        [JsonIgnore] public string? ReportingWindow { get; set; }
        [JsonIgnore] public List<ProjectWorkflowSummary> Workflows => ProjectWorkflowData;
        [JsonIgnore] public List<ProjectWorkflowSummary> WorkflowBranches => ProjectWorkflowBranchData;
        [JsonIgnore] public long TotalRuns => ProjectData.TotalRuns;
        [JsonIgnore] public double SuccessRate => ProjectData.SuccessRate;
        [JsonIgnore] public long? TotalCreditsUsed => ProjectData.TotalCreditsUsed;
        [JsonIgnore] public TimeSpan? TotalDuration => ProjectData.TotalDuration;
        [JsonIgnore] public double? Throughput => ProjectData.Throughput;
        public override string ToString() => ProjectSlug;
    }

    /// <summary>A workflow's (or workflow-and-branch's) row of a project summary; Branch is null on the per-workflow rows.</summary>
    public sealed class ProjectWorkflowSummary : InsightTrendRecord
    {
        public override string ToString() => Branch == null ? WorkflowName ?? string.Empty : $"{WorkflowName} ({Branch})";
    }
}
