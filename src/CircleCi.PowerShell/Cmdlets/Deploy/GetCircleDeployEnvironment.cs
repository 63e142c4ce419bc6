using System;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Deploy
{
    /// <summary>Get-CircleDeployEnvironment: an organization's deploy environments, or environments by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleDeployEnvironment", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(DeployEnvironment))]
    [CircleApiOperation(nameof(DeployApi.ListEnvironments))]
    [CircleApiOperation(nameof(DeployApi.GetEnvironment))]
    public sealed class GetCircleDeployEnvironmentCommand : DeployListCmdlet<DeployEnvironment>
    {
        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] EnvironmentId { get; set; } = Array.Empty<Guid>();

        protected override string Resource => "environments";

        private protected override Task<PagedResponse<DeployEnvironment>> ListPageAsync(CircleApi api, string? pageToken) =>
            api.Deploys.ListEnvironmentsAsync(OrgId, PageSize, pageToken);

        private protected override Task<DeployEnvironment> GetAsync(CircleApi api, Guid id) => api.Deploys.GetEnvironmentAsync(id);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet) WriteList();
            else WriteById(EnvironmentId);
        }
    }
}
