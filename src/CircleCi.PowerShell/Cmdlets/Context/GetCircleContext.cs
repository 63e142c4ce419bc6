using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Get-CircleContext: an organization's contexts, paged (GET /context), or contexts by id (GET /context/{id}).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleContext", DefaultParameterSetName = SlugSet)]
    [OutputType(typeof(Models.Context))]
    [CircleApiOperation(nameof(ContextApi.ListContexts))]
    [CircleApiOperation(nameof(ContextApi.GetContext))]
    public sealed class GetCircleContextCommand : CircleApiCmdlet
    {
        private const string SlugSet = "ByOwnerSlug";
        private const string OwnerIdSet = "ByOwnerId";
        private const string IdSet = "ById";

        /// <summary>The organization, e.g. gh/acme or circleci/&lt;org-id&gt;.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SlugSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OwnerSlug", "OrganizationSlug")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string[] OrgSlug { get; set; } = Array.Empty<string>();

        /// <summary>The owner's id: an organization, or an account on CircleCI server.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OwnerIdSet)]
        public Guid OwnerId { get; set; }

        [Parameter(ParameterSetName = OwnerIdSet)]
        [ValidateSet("organization", "account")]
        public string? OwnerType { get; set; }

        /// <summary>Only contexts whose name matches (wildcards allowed).</summary>
        [Parameter(Position = 1, ParameterSetName = SlugSet)]
        [Parameter(ParameterSetName = OwnerIdSet)]
        [SupportsWildcards]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] ContextId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            var pattern = WildcardOrNull(Name, nameof(Name));
            Func<Models.Context, bool> filter = c => pattern == null || pattern.IsMatch(c.Name);
            switch (ParameterSetName)
            {
                case IdSet:
                    foreach (Guid id in ContextId)
                        ForItem(id, () => WriteObject(Run(api => api.Contexts.GetContextAsync(id))));
                    break;
                case OwnerIdSet:
                    ForItem(OwnerId, () => WritePages((api, token) => api.Contexts.ListContextsAsync(ownerId: OwnerId, ownerType: OwnerType, pageToken: token),
                        "contexts of " + OwnerId, OwnerId, filter: filter));
                    break;
                default:
                    foreach (string slug in OrgSlug)
                        ForItem(slug, () => WritePages((api, token) => api.Contexts.ListContextsAsync(ownerSlug: slug, pageToken: token),
                            "contexts of " + slug, slug, filter: filter));
                    break;
            }
        }
    }
}
