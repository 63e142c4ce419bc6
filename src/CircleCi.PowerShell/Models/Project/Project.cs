using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A CircleCI project (GET /project/{project-slug}).</summary>
    [BindingAlias("ProjectSlug", nameof(Slug))]
    [BindingAlias("ProjectId", nameof(Id))]
    public sealed class Project
    {
        /// <summary>vcs-slug/org-name/repo-name, or circleci/&lt;org-id&gt;/&lt;project-id&gt; for GitHub App and GitLab projects.</summary>
        public string Slug { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public Guid Id { get; set; }
        public string OrganizationName { get; set; } = string.Empty;
        public string OrganizationSlug { get; set; } = string.Empty;
        public Guid OrganizationId { get; set; }
        public ProjectVcsInfo VcsInfo { get; set; } = new ProjectVcsInfo();

        [JsonIgnore] public string? DefaultBranch => VcsInfo?.DefaultBranch;

        public override string ToString() => Slug;
    }

    public sealed class ProjectVcsInfo
    {
        public string VcsUrl { get; set; } = string.Empty;
        /// <summary>Bitbucket, CircleCI or GitHub (kept as text so a new provider does not break parsing).</summary>
        public string Provider { get; set; } = string.Empty;
        public string DefaultBranch { get; set; } = string.Empty;

        public override string ToString() => $"{Provider} {VcsUrl}";
    }
}
