using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Usage
{
    /// <summary>New-CircleUsageExport: starts a usage export for a date range; -Wait and -Destination finish it.</summary>
    [Cmdlet(VerbsCommon.New, "CircleUsageExport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(UsageExport))]
    [CircleApiOperation("createUsageExport")]
    [CircleApiOperation("getUsageExport")]
    public sealed class NewCircleUsageExportCommand : UsageExportCmdlet
    {
        [Parameter(Mandatory = true, Position = 1)]
        public DateTime Start { get; set; }

        [Parameter(Mandatory = true, Position = 2)]
        public DateTime End { get; set; }

        /// <summary>Other organizations whose usage is included (organizations sharing this one's plan).</summary>
        [Parameter]
        public Guid[]? SharedOrgId { get; set; }

        protected override void ProcessRecord()
        {
            DateTime start = Start.ToUniversalTime(), end = End.ToUniversalTime();
            if (end <= start) ThrowInvalidArgument("CircleCi.InvalidUsageRange", "-End must be after -Start.", End);
            if (end - start > TimeSpan.FromDays(32))
                ThrowInvalidArgument("CircleCi.InvalidUsageRange", $"A usage export covers at most 32 days; {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is {(end - start).TotalDays:0.#}.", End);
            if (start < DateTime.UtcNow.AddMonths(-13))
                ThrowInvalidArgument("CircleCi.InvalidUsageRange", "A usage export can start at most 13 months back.", Start);
            if (!ShouldProcess($"organization {OrgId}", $"Export usage from {start:u} to {end:u}")) return;

            var body = new JsonObject { ["start"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), ["end"] = end.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") };
            if (SharedOrgId != null) body["shared_org_ids"] = new JsonArray(SharedOrgId.Select(id => (JsonNode)JsonValue.Create(id.ToString("D"))!).ToArray());
            ForExport(OrgId, () =>
            {
                UsageExport export = SendJson(HttpMethod.Post, $"organizations/{OrgId:D}/usage_export_job", body, UsageJson.Default.UsageExport, "createUsageExport");
                export.OrgId = OrgId;
                Complete(export);
            });
        }
    }
}
