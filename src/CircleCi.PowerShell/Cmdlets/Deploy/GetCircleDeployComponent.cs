using System;
using System.Management.Automation;
using System.Text.Json.Serialization.Metadata;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Deploy
{
    /// <summary>Get-CircleDeployComponent: an organization's (or one project's) deployable components, or components by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleDeployComponent", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(DeployComponent))]
    [CircleApiOperation("listComponents")]
    [CircleApiOperation("getComponent")]
    public sealed class GetCircleDeployComponentCommand : DeployListCmdlet<DeployComponent>
    {
        /// <summary>Only the components of this project (not bound from the pipeline: a piped component carries one too).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public Guid? ProjectId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] ComponentId { get; set; } = Array.Empty<Guid>();

        protected override string Resource => "components";
        protected override JsonTypeInfo<PagedResponse<DeployComponent>> PageType => DeployJson.Default.PagedResponseDeployComponent;
        protected override JsonTypeInfo<DeployComponent> ItemType => DeployJson.Default.DeployComponent;
        protected override string GetOperation => "getComponent";

        protected override string AddFilters(string uri) => Query.Append(uri, "project-id", ProjectId?.ToString("D"));

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet) WriteList();
            else WriteById(ComponentId);
        }
    }
}
