using System;
using System.Collections.Generic;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>
    /// Get-CirclePolicyDecision: the owner's decision audit logs, filtered and paged by offset (GetDecisionLogs),
    /// or decisions by id (GetDecisionLog).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CirclePolicyDecision", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(PolicyDecisionLog))]
    [CircleApiOperation(nameof(PolicyApi.GetDecisionLogs))]
    [CircleApiOperation(nameof(PolicyApi.GetDecisionLog))]
    public sealed class GetCirclePolicyDecisionCommand : PolicyCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "ById";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] DecisionId { get; set; } = Array.Empty<string>();

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(PolicyDecisionStatusCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTimeOffset? After { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTimeOffset? Before { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Branch { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public Guid? ProjectId { get; set; }

        /// <summary>The pipeline number the decision was made for (build_number on the wire).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Alias("BuildNumber")]
        [ValidateRange(1, long.MaxValue)]
        public long? PipelineNumber { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (string id in DecisionId)
                    ForItem(id, () => WriteObject(Scoped(Run(api => api.Policies.GetDecisionLogAsync(OwnerId, Context, id)))));
                return;
            }
            ForItem(OwnerId, WriteDecisionPages);
        }

        /// <summary>Requests pages at offset = decisions read so far until one comes back empty.</summary>
        private void WriteDecisionPages()
        {
            var seen = new HashSet<Guid>();
            long offset = 0;
            while (true)
            {
                // The first page is asked for without an offset.
                long? pageOffset = offset == 0 ? null : offset;
                List<PolicyDecisionLog> page = Run(api => api.Policies.GetDecisionLogsAsync(OwnerId, Context, Status, After, Before, Branch, ProjectId,
                    PipelineNumber, pageOffset));
                if (page.Count == 0) return;
                bool fresh = false;
                foreach (PolicyDecisionLog log in page)
                {
                    if (!seen.Add(log.Id)) continue;
                    fresh = true;
                    WriteObject(Scoped(log));
                }
                // A server that ignores the offset would answer the same page forever.
                if (!fresh)
                    throw new CircleApiException("CircleApi.PageRepeated", ErrorCategory.InvalidResult,
                        $"CircleCI answered offset {offset} with decisions already listed; the listing was stopped after {seen.Count} decisions and may be incomplete.");
                offset += page.Count;
            }
        }
    }

    public sealed class PolicyDecisionStatusCompleter : StaticValuesCompleter
    {
        protected override string[] Values => new[] { "PASS", "SOFT_FAIL", "HARD_FAIL", "ERROR" };
    }
}
