using System;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Deploy
{
    /// <summary>
    /// The shape of the deploy lists: by organization (the API requires org-id and page-size) streamed page by page,
    /// or items by id.
    /// </summary>
    public abstract class DeployListCmdlet<T> : CircleApiCmdlet
    {
        protected const string ListSet = "List";
        protected const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        public Guid OrgId { get; set; }

        /// <summary>Items per request (the API's required page-size).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, 100)]
        public int PageSize { get; set; } = 25;

        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, int.MaxValue)]
        public int MaxPages { get; set; } = int.MaxValue;

        /// <summary>"environments", "components": names the list in progress and errors.</summary>
        protected abstract string Resource { get; }

        /// <summary>One page of the organization's list (with the cmdlet's filters).</summary>
        private protected abstract Task<PagedResponse<T>> ListPageAsync(CircleApi api, string? pageToken);

        /// <summary>One item by id.</summary>
        private protected abstract Task<T> GetAsync(CircleApi api, Guid id);

        protected void WriteList() => ForItem(OrgId, () =>
            WritePages(ListPageAsync, $"deploy {Resource} of organization {OrgId}", OrgId, maxPages: MaxPages, activity: "Listing deploy " + Resource));

        protected void WriteById(Guid[] ids)
        {
            foreach (Guid id in ids)
                ForItem(id, () => WriteObject(Run(api => GetAsync(api, id))));
        }
    }
}
