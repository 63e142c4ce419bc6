using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Group
{
    /// <summary>Get-CircleGroup: an organization's groups, streamed page by page, or groups by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleGroup", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(Models.Group))]
    [CircleApiOperation(nameof(GroupApi.GetOrganizationGroups))]
    [CircleApiOperation(nameof(GroupApi.GetGroup))]
    public sealed class GetCircleGroupCommand : CircleApiCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid OrgId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] GroupId { get; set; } = Array.Empty<Guid>();

        /// <summary>Groups per request (the API's limit).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Alias("Limit")]
        [ValidateRange(1, 100)]
        public int PageSize { get; set; } = 25;

        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, int.MaxValue)]
        public int MaxPages { get; set; } = int.MaxValue;

        protected override void ProcessRecord()
        {
            Guid orgId = OrgId;
            if (ParameterSetName == ListSet)
            {
                ForItem(orgId, () => WritePages((api, token) => api.Groups.GetOrganizationGroupsAsync(orgId, PageSize, token), $"groups of organization {orgId}",
                    orgId, g => g.OrgId = orgId, MaxPages, "Listing groups"));
                return;
            }
            foreach (Guid id in GroupId)
            {
                ForItem(id, () =>
                {
                    Models.Group group = Run(api => api.Groups.GetGroupAsync(orgId, id));
                    group.OrgId = orgId;
                    WriteObject(group);
                });
            }
        }
    }
}
