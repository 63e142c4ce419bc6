using System;
using System.Management.Automation;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Usage
{
    /// <summary>Get-CircleUsageExport: the state of usage exports; -Wait and -Destination finish them.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleUsageExport")]
    [OutputType(typeof(UsageExport))]
    [CircleApiOperation(nameof(Api.UsageApi.GetUsageExport))]
    public sealed class GetCircleUsageExportCommand : UsageExportCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[] UsageExportJobId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in UsageExportJobId)
                ForExport(id, () => Complete(Fetch(id)));
        }
    }
}
