using System;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json.Serialization.Metadata;
using CircleCi.PowerShell.Core;
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

        protected abstract string Resource { get; }
        protected abstract JsonTypeInfo<PagedResponse<T>> PageType { get; }
        protected abstract JsonTypeInfo<T> ItemType { get; }
        protected abstract string GetOperation { get; }

        /// <summary>Extra filters of the list (null values are left out).</summary>
        protected virtual string AddFilters(string uri) => uri;

        protected void WriteList() => ForItem(OrgId, () =>
        {
            string uri = Query.Append($"deploy/{Resource}", "org-id", OrgId.ToString("D"));
            uri = AddFilters(Query.Append(uri, "page-size", PageSize.ToString(CultureInfo.InvariantCulture)));
            WritePages(uri, PageType, OrgId, maxPages: MaxPages, activity: "Listing deploy " + Resource);
        });

        protected void WriteById(Guid[] ids)
        {
            foreach (Guid id in ids)
                ForItem(id, () => WriteObject(GetJson($"deploy/{Resource}/{id:D}", ItemType, GetOperation)));
        }
    }
}
