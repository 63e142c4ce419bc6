using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A group of an organization's members (GET /organizations/{org_id}/groups).</summary>
    [BindingAlias("GroupId", nameof(Id))]
    public sealed class Group
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string? Description { get; set; }

        /// <summary>The organization the group belongs to (set by the cmdlet; the API does not send it).</summary>
        [JsonIgnore] public Guid OrgId { get; set; }

        public override string ToString() => Name;
    }
}
