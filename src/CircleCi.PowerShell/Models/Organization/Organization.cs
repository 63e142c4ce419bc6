using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>An organization as POST /organization answers it.</summary>
    [BindingAlias("OrgSlug", nameof(Slug))]
    public sealed class Organization
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string Slug { get; set; } = string.Empty;
        /// <summary>github, bitbucket or circleci.</summary>
        public string VcsType { get; set; } = string.Empty;

        public override string ToString() => Slug;
    }

    /// <summary>A URL prefix from which orbs may be imported by URL (the organization's URL orb allow-list).</summary>
    [BindingAlias("EntryId", nameof(Id))]
    public sealed class UrlOrbAllowListEntry
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        /// <summary>The URL prefix orbs must start with, e.g. https://raw.githubusercontent.com/acme/orbs/.</summary>
        public string Prefix { get; set; } = string.Empty;
        /// <summary>none, github-oauth, bitbucket-oauth or github-app: what credentials CircleCI sends to fetch the orb.</summary>
        public string Auth { get; set; } = string.Empty;

        /// <summary>The organization it belongs to, as it was given to the cmdlet.</summary>
        [JsonIgnore] public string OrgSlug { get; set; } = string.Empty;

        public override string ToString() => Prefix;
    }

    /// <summary>GET /organization/{org}/url-orb-allow-list: {"items": [...]} (not paged).</summary>
    public sealed class UrlOrbAllowList
    {
        public ItemList<UrlOrbAllowListEntry> Items { get; set; } = new ItemList<UrlOrbAllowListEntry>();
    }

    /// <summary>The {"id", "message"} answer of creating or removing an allow-list entry.</summary>
    public sealed class IdMessageResponse
    {
        public string Id { get; set; } = string.Empty;
        public string? Message { get; set; }
    }
}
