using System;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Deploy
{
    /// <summary>Get-CircleDeployComponent: an organization's (or one project's) deployable components, or components by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleDeployComponent", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(DeployComponent))]
    [CircleApiOperation(nameof(DeployApi.ListComponents))]
    [CircleApiOperation(nameof(DeployApi.GetComponent))]
    public sealed class GetCircleDeployComponentCommand : DeployListCmdlet<DeployComponent>
    {
        /// <summary>Only the components of this project (not bound from the pipeline: a piped component carries one too).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public Guid? ProjectId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] ComponentId { get; set; } = Array.Empty<Guid>();

        protected override string Resource => "components";

        private protected override Task<PagedResponse<DeployComponent>> ListPageAsync(CircleApi api, string? pageToken) =>
            api.Deploys.ListComponentsAsync(OrgId, PageSize, ProjectId, pageToken);

        private protected override Task<DeployComponent> GetAsync(CircleApi api, Guid id) => api.Deploys.GetComponentAsync(id);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet) WriteList();
            else WriteById(ComponentId);
        }
    }
}
