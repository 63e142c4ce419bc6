using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Group
{
    /// <summary>New-CircleGroup: creates a group in an organization (POST /organizations/{org_id}/groups).</summary>
    [Cmdlet(VerbsCommon.New, "CircleGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Models.Group))]
    [CircleApiOperation("createOrganizationGroup")]
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
            var body = new JsonObject { ["name"] = Name };
            if (Description != null) body["description"] = Description;
            ForItem(Name, () =>
            {
                Models.Group group = SendJson(HttpMethod.Post, $"organizations/{OrgId:D}/groups", body, GroupJson.Default.Group, "createOrganizationGroup");
                group.OrgId = OrgId;
                WriteObject(group);
            });
        }
    }
}
