using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A CircleCI user (GET /me, GET /user/{id}).</summary>
    public sealed class User
    {
        public Guid Id { get; set; }
        public string Login { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string? AvatarUrl { get; set; }

        /// <summary>Alias for pipeline binding into cmdlets that take -UserId.</summary>
        [JsonIgnore, System.Management.Automation.Hidden] public Guid UserId => Id;

        public override string ToString() => Login;
    }

    /// <summary>An organization the user belongs to (GET /me/collaborations).</summary>
    public sealed class Collaboration
    {
        /// <summary>The organization id (null for some legacy VCS organizations).</summary>
        public Guid? Id { get; set; }
        [JsonPropertyName("vcs-type")] public string VcsType { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string? AvatarUrl { get; set; }
        /// <summary>The organization slug, e.g. gh/acme or circleci/&lt;org-id&gt;.</summary>
        public string Slug { get; set; } = string.Empty;

        [JsonIgnore, System.Management.Automation.Hidden] public string OrgSlug => Slug;
        [JsonIgnore, System.Management.Automation.Hidden] public Guid? OrgId => Id;

        public override string ToString() => Slug;
    }
}
