using System;
using System.Management.Automation;
using System.Text.Json.Serialization.Metadata;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Deploy
{
    /// <summary>Get-CircleDeployEnvironment: an organization's deploy environments, or environments by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleDeployEnvironment", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(DeployEnvironment))]
    [CircleApiOperation("listEnvironments")]
    [CircleApiOperation("getEnvironment")]
    public sealed class GetCircleDeployEnvironmentCommand : DeployListCmdlet<DeployEnvironment>
    {
        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] EnvironmentId { get; set; } = Array.Empty<Guid>();

        protected override string Resource => "environments";
        protected override JsonTypeInfo<PagedResponse<DeployEnvironment>> PageType => DeployJson.Default.PagedResponseDeployEnvironment;
        protected override JsonTypeInfo<DeployEnvironment> ItemType => DeployJson.Default.DeployEnvironment;
        protected override string GetOperation => "getEnvironment";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet) WriteList();
            else WriteById(EnvironmentId);
        }
    }
}
