using System;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Usage
{
    /// <summary>New-CircleUsageExport: starts a usage export for a date range; -Wait and -Destination finish it.</summary>
    [Cmdlet(VerbsCommon.New, "CircleUsageExport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(UsageExport))]
    [CircleApiOperation(nameof(UsageApi.CreateUsageExport))]
    [CircleApiOperation(nameof(UsageApi.GetUsageExport))]
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
                ThrowInvalidArgument("CircleCi.InvalidUsageRange",
                    FormattableString.Invariant($"A usage export covers at most 32 days; {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is {(end - start).TotalDays:0.#}."), End);
            if (start < DateTime.UtcNow.AddMonths(-13))
                ThrowInvalidArgument("CircleCi.InvalidUsageRange", "A usage export can start at most 13 months back.", Start);
            if (!ShouldProcess($"organization {OrgId}", FormattableString.Invariant($"Export usage from {start:u} to {end:u}"))) return;

            // The times go into the typed request as values: it writes them invariantly (see CreateUsageExportRequest).
            var body = new CreateUsageExportRequest { Start = start, End = end, SharedOrgIds = SharedOrgId?.ToList() };
            ForExport(OrgId, () =>
            {
                UsageExport export = Run(api => api.Usage.CreateUsageExportAsync(OrgId, body));
                export.OrgId = OrgId;
                Complete(export);
            });
        }
    }
}
