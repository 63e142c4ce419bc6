using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A CircleCI user (GET /me, GET /user/{id}).</summary>
    [BindingAlias("UserId", nameof(Id))]
    public sealed class User
    {
        public Guid Id { get; set; }
        public string Login { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string? AvatarUrl { get; set; }

        public override string ToString() => Login;
    }

    /// <summary>An organization the user belongs to (GET /me/collaborations).</summary>
    [BindingAlias("OrgSlug", nameof(Slug))]
    [BindingAlias("OrgId", nameof(Id))]
    public sealed class Collaboration
    {
        /// <summary>The organization id (null for some legacy VCS organizations).</summary>
        public Guid? Id { get; set; }
        [JsonPropertyName("vcs-type")] public string VcsType { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string? AvatarUrl { get; set; }
        /// <summary>The organization slug, e.g. gh/acme or circleci/&lt;org-id&gt;.</summary>
        public string Slug { get; set; } = string.Empty;

        public override string ToString() => Slug;
    }
}
