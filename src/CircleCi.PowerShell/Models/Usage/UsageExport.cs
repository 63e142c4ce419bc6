using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A usage export job (POST/GET /organizations/{org_id}/usage_export_job).</summary>
    public sealed class UsageExport
    {
        public Guid UsageExportJobId { get; set; }
        /// <summary>created, processing, completed or failed.</summary>
        public string State { get; set; } = string.Empty;
        public DateTimeOffset? Start { get; set; }
        public DateTimeOffset? End { get; set; }
        /// <summary>Presigned URLs of the CSV files, once the export is completed.</summary>
        public ItemList<string> DownloadUrls { get; set; } = new ItemList<string>();
        public string? ErrorReason { get; set; }

        /// <summary>The organization (set by the cmdlet; the API does not send it).</summary>
        [JsonIgnore] public Guid OrgId { get; set; }
        /// <summary>The CSV files downloaded with -Destination.</summary>
        [JsonIgnore] public ItemList<string> Files { get; } = new ItemList<string>();

        public override string ToString() => $"{UsageExportJobId} ({State})";
    }
}
