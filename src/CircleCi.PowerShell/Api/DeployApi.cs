using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private DeployApi? _deploys;
        public DeployApi Deploys => _deploys ??= new DeployApi(this);
    }

    /// <summary>The Deploy operations of openapi-v2.json (environments, components and their versions).</summary>
    public sealed class DeployApi
    {
        internal static readonly ApiRoute ListEnvironments = ApiRoute.Get("listEnvironments", "/deploy/environments");
        internal static readonly ApiRoute GetEnvironment = ApiRoute.Get("getEnvironment", "/deploy/environments/{environment_id}");
        internal static readonly ApiRoute ListComponents = ApiRoute.Get("listComponents", "/deploy/components");
        internal static readonly ApiRoute GetComponent = ApiRoute.Get("getComponent", "/deploy/components/{component_id}");
        internal static readonly ApiRoute ListComponentVersions = ApiRoute.Get("listComponentVersions", "/deploy/components/{component_id}/versions");

        private readonly CircleApi _api;

        internal DeployApi(CircleApi api) => _api = api;

        /// <summary>org-id and page-size are required by the document.</summary>
        public Task<PagedResponse<DeployEnvironment>> ListEnvironmentsAsync(Guid orgId, int pageSize, string? pageToken = null) =>
            _api.CallAsync(ListEnvironments.Path().Query("org-id", orgId.ToString("D")).Query("page-size", pageSize).Query("page-token", pageToken),
                DeployJson.Default.PagedResponseDeployEnvironment);

        public Task<DeployEnvironment> GetEnvironmentAsync(Guid environmentId) =>
            _api.CallAsync(GetEnvironment.Path(environmentId), DeployJson.Default.DeployEnvironment);

        /// <summary>org-id and page-size are required by the document; project-id narrows to one project.</summary>
        public Task<PagedResponse<DeployComponent>> ListComponentsAsync(Guid orgId, int pageSize, Guid? projectId = null, string? pageToken = null) =>
            _api.CallAsync(ListComponents.Path().Query("org-id", orgId.ToString("D")).Query("page-size", pageSize)
                .Query("project-id", projectId?.ToString("D")).Query("page-token", pageToken), DeployJson.Default.PagedResponseDeployComponent);

        public Task<DeployComponent> GetComponentAsync(Guid componentId) =>
            _api.CallAsync(GetComponent.Path(componentId), DeployJson.Default.DeployComponent);

        /// <summary>The document lists no page-token for this operation, yet its answer carries next_page_token; the
        /// token is sent back under the name every other list of the API uses, so later pages are not lost.</summary>
        public Task<PagedResponse<DeployComponentVersion>> ListComponentVersionsAsync(Guid componentId, Guid? environmentId = null, string? pageToken = null) =>
            _api.CallAsync(ListComponentVersions.Path(componentId).Query("environment-id", environmentId?.ToString("D")).Query("page-token", pageToken),
                DeployJson.Default.PagedResponseDeployComponentVersion);
    }
}
