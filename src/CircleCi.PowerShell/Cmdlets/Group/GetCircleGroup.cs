using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Group
{
    /// <summary>Get-CircleGroup: an organization's groups, streamed page by page, or groups by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleGroup", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(Models.Group))]
    [CircleApiOperation("getOrganizationGroups")]
    [CircleApiOperation("getGroup")]
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
            string root = $"organizations/{OrgId:D}/groups";
            if (ParameterSetName == ListSet)
            {
                ForItem(OrgId, () => WritePages(Query.Append(root, "limit", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    GroupJson.Default.PagedResponseGroup, OrgId, g => g.OrgId = OrgId, MaxPages, "Listing groups"));
                return;
            }
            foreach (Guid id in GroupId)
            {
                ForItem(id, () =>
                {
                    Models.Group group = GetJson($"{root}/{id:D}", GroupJson.Default.Group, "getGroup");
                    group.OrgId = OrgId;
                    WriteObject(group);
                });
            }
        }
    }
}
