using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private RollbackApi? _rollbacks;
        public RollbackApi Rollbacks => _rollbacks ??= new RollbackApi(this);
    }

    /// <summary>The Rollback operations of openapi-v2.json.</summary>
    public sealed class RollbackApi
    {
        internal static readonly ApiRoute RollbackProject = ApiRoute.Post("rollbackProject", "/projects/{project_id}/rollback");

        private readonly CircleApi _api;

        internal RollbackApi(CircleApi api) => _api = api;

        /// <summary>CircleCI accepts the rollback (202) and runs it asynchronously.</summary>
        public Task<RollbackResult> RollbackProjectAsync(Guid projectId, RollbackProjectRequest body) =>
            _api.CallAsync(RollbackProject.Path(projectId), body, RollbackRequestJson.Default.RollbackProjectRequest, RollbackJson.Default.RollbackResult);
    }
}
