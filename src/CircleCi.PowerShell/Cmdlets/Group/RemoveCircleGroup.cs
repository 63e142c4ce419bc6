using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Group
{
    /// <summary>Remove-CircleGroup: deletes groups (DELETE /organizations/{org_id}/groups/{group_id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(GroupApi.DeleteGroup), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleGroupCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid OrgId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[] GroupId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in GroupId)
            {
                if (!ShouldProcess($"group {id} of organization {OrgId}", "Delete")) continue;
                ForItem(id, () =>
                {
                    var answer = Run(api => api.Groups.DeleteGroupAsync(OrgId, id));
                    WriteVerbose($"Group {id}: {answer.Message}");
                });
            }
        }
    }
}
