using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Approve-CircleJob: approves a pending approval job (POST /workflow/{id}/approve/{approval_request_id}).</summary>
    [Cmdlet(VerbsLifecycle.Approve, "CircleJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    [CircleApiOperation(nameof(WorkflowApi.ApprovePendingApprovalJobById), Model = typeof(Models.MessageResponse))]
    public sealed class ApproveCircleJobCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid WorkflowId { get; set; }

        /// <summary>The approval job's approval_request_id (an approval job piped from Get-CircleJob carries it).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public Guid? ApprovalRequestId { get; set; }

        /// <summary>The job's name, used in messages when piped from Get-CircleJob.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        public string? Type { get; set; }

        protected override void ProcessRecord()
        {
            string label = Name ?? ApprovalRequestId?.ToString() ?? "?";
            if (Type != null && Type != "approval")
            {
                WriteInvalidArgument("CircleCi.NotAnApprovalJob", $"Job {label} is a {Type} job, not an approval job.", label);
                return;
            }
            if (ApprovalRequestId == null || ApprovalRequestId == Guid.Empty)
            {
                WriteInvalidArgument("CircleCi.NoApprovalRequest", $"Job {label} has no approval request id (is it an approval job still on hold?).", label);
                return;
            }
            if (!ShouldProcess($"{label} in workflow {WorkflowId}", "Approve")) return;
            ForItem(label, () =>
            {
                var answer = Run(api => api.Workflows.ApprovePendingApprovalJobByIdAsync(WorkflowId, ApprovalRequestId.Value));
                WriteVerbose($"Approved {label}: {answer.Message}");
            });
        }
    }
}
