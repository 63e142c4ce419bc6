using System;
using System.Collections.Generic;

namespace CircleCi.PowerShell.Models
{
    /// <summary>The custom claims of the OIDC tokens CircleCI issues to jobs of an organization or project.</summary>
    public sealed class OidcClaims
    {
        public Guid OrgId { get; set; }
        /// <summary>Set for project-level claims.</summary>
        public Guid? ProjectId { get; set; }
        /// <summary>The aud claim: who the tokens are meant for.</summary>
        public ItemList<string>? Audience { get; set; }
        public DateTimeOffset? AudienceUpdatedAt { get; set; }
        /// <summary>How long tokens live, as CircleCI writes it (e.g. 1h, 30m).</summary>
        public string? Ttl { get; set; }
        public DateTimeOffset? TtlUpdatedAt { get; set; }

        public override string ToString() => ProjectId.HasValue ? $"project {ProjectId}" : $"organization {OrgId}";
    }
}
