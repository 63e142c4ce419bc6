using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private PipelineDefinitionApi? _pipelineDefinitions;
        public PipelineDefinitionApi PipelineDefinitions => _pipelineDefinitions ??= new PipelineDefinitionApi(this);
    }

    /// <summary>The Pipeline Definition operations of openapi-v2.json.</summary>
    public sealed class PipelineDefinitionApi
    {
        internal static readonly ApiRoute ListPipelineDefinitions = ApiRoute.Get("listPipelineDefinitions", "/projects/{project_id}/pipeline-definitions");
        internal static readonly ApiRoute CreatePipelineDefinition = ApiRoute.Post("createPipelineDefinition", "/projects/{project_id}/pipeline-definitions");
        internal static readonly ApiRoute GetPipelineDefinition =
            ApiRoute.Get("getPipelineDefinition", "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}");
        internal static readonly ApiRoute UpdatePipelineDefinition =
            ApiRoute.Patch("updatePipelineDefinition", "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}");
        internal static readonly ApiRoute DeletePipelineDefinition =
            ApiRoute.Delete("deletePipelineDefinition", "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}");

        private readonly CircleApi _api;

        internal PipelineDefinitionApi(CircleApi api) => _api = api;

        /// <summary>Not paged: the answer is {"items": [...]}.</summary>
        public Task<ItemsEnvelope<PipelineDefinition>> ListPipelineDefinitionsAsync(Guid projectId) =>
            _api.CallAsync(ListPipelineDefinitions.Path(projectId), PipelineDefinitionJson.Default.ItemsEnvelopePipelineDefinition);

        public Task<PipelineDefinition> CreatePipelineDefinitionAsync(Guid projectId, CreatePipelineDefinitionRequest body) =>
            _api.CallAsync(CreatePipelineDefinition.Path(projectId), body, PipelineDefinitionRequestJson.Default.CreatePipelineDefinitionRequest,
                PipelineDefinitionJson.Default.PipelineDefinition);

        public Task<PipelineDefinition> GetPipelineDefinitionAsync(Guid projectId, Guid pipelineDefinitionId) =>
            _api.CallAsync(GetPipelineDefinition.Path(projectId, pipelineDefinitionId), PipelineDefinitionJson.Default.PipelineDefinition);

        public Task<PipelineDefinition> UpdatePipelineDefinitionAsync(Guid projectId, Guid pipelineDefinitionId, UpdatePipelineDefinitionRequest body) =>
            _api.CallAsync(UpdatePipelineDefinition.Path(projectId, pipelineDefinitionId), body,
                PipelineDefinitionRequestJson.Default.UpdatePipelineDefinitionRequest, PipelineDefinitionJson.Default.PipelineDefinition);

        /// <summary>Deletes the definition and its triggers.</summary>
        public Task<MessageResponse> DeletePipelineDefinitionAsync(Guid projectId, Guid pipelineDefinitionId) =>
            _api.CallAsync(DeletePipelineDefinition.Path(projectId, pipelineDefinitionId), CommonJson.Default.MessageResponse);
    }
}
