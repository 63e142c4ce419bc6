using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Group
{
    /// <summary>New-CircleGroup: creates a group in an organization (POST /organizations/{org_id}/groups).</summary>
    [Cmdlet(VerbsCommon.New, "CircleGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Group))]
    [CircleApiOperation(nameof(GroupApi.CreateOrganizationGroup))]
    public sealed class NewCircleGroupCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid OrgId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"{Name} in organization {OrgId}", "Create group")) return;
            var body = new CreateOrganizationGroupRequest { Name = Name, Description = Description };
            Guid orgId = OrgId;
            ForItem(Name, () =>
            {
                Models.Group group = Run(api => api.Groups.CreateOrganizationGroupAsync(orgId, body));
                group.OrgId = orgId;
                WriteObject(group);
            });
        }
    }
}
