using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Deploy
{
    /// <summary>Get-CircleDeployComponentVersion: the versions of a component deployed to environments.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleDeployComponentVersion")]
    [OutputType(typeof(DeployComponentVersion))]
    [CircleApiOperation(nameof(DeployApi.ListComponentVersions))]
    public sealed class GetCircleDeployComponentVersionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid[] ComponentId { get; set; } = Array.Empty<Guid>();

        /// <summary>Only the versions deployed to this environment.</summary>
        [Parameter]
        public Guid? EnvironmentId { get; set; }

        /// <summary>Only the version that is live (in each environment).</summary>
        [Parameter]
        public SwitchParameter Live { get; set; }

        protected override void ProcessRecord()
        {
            foreach (Guid id in ComponentId)
            {
                Guid? environmentId = EnvironmentId;
                ForItem(id, () => WritePages((api, token) => api.Deploys.ListComponentVersionsAsync(id, environmentId, token), $"versions of component {id}", id,
                    v => v.ComponentId = id, filter: v => !Live || v.IsLive));
            }
        }
    }
}
