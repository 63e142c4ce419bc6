using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private TriggerApi? _triggers;
        public TriggerApi Triggers => _triggers ??= new TriggerApi(this);
    }

    /// <summary>The Trigger operations of openapi-v2.json (the triggers of pipeline definitions).</summary>
    public sealed class TriggerApi
    {
        internal static readonly ApiRoute ListPipelineDefinitionTriggers =
            ApiRoute.Get("listPipelineDefinitionTriggers", "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers");
        internal static readonly ApiRoute CreateTrigger =
            ApiRoute.Post("createTrigger", "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers");
        internal static readonly ApiRoute GetTrigger = ApiRoute.Get("getTrigger", "/projects/{project_id}/triggers/{trigger_id}");
        internal static readonly ApiRoute UpdateTrigger = ApiRoute.Patch("updateTrigger", "/projects/{project_id}/triggers/{trigger_id}");
        internal static readonly ApiRoute DeleteTrigger = ApiRoute.Delete("deleteTrigger", "/projects/{project_id}/triggers/{trigger_id}");

        private readonly CircleApi _api;

        internal TriggerApi(CircleApi api) => _api = api;

        /// <summary>Not paged: the answer is {"items": [...]}.</summary>
        public Task<ItemsEnvelope<DefinitionTrigger>> ListPipelineDefinitionTriggersAsync(Guid projectId, Guid pipelineDefinitionId) =>
            _api.CallAsync(ListPipelineDefinitionTriggers.Path(projectId, pipelineDefinitionId), PipelineDefinitionJson.Default.ItemsEnvelopeDefinitionTrigger);

        public Task<DefinitionTrigger> CreateTriggerAsync(Guid projectId, Guid pipelineDefinitionId, CreateTriggerRequest body) =>
            _api.CallAsync(CreateTrigger.Path(projectId, pipelineDefinitionId), body, TriggerRequestJson.Default.CreateTriggerRequest,
                PipelineDefinitionJson.Default.DefinitionTrigger);

        public Task<DefinitionTrigger> GetTriggerAsync(Guid projectId, Guid triggerId) =>
            _api.CallAsync(GetTrigger.Path(projectId, triggerId), PipelineDefinitionJson.Default.DefinitionTrigger);

        public Task<DefinitionTrigger> UpdateTriggerAsync(Guid projectId, Guid triggerId, UpdateTriggerRequest body) =>
            _api.CallAsync(UpdateTrigger.Path(projectId, triggerId), body, TriggerRequestJson.Default.UpdateTriggerRequest,
                PipelineDefinitionJson.Default.DefinitionTrigger);

        public Task<MessageResponse> DeleteTriggerAsync(Guid projectId, Guid triggerId) =>
            _api.CallAsync(DeleteTrigger.Path(projectId, triggerId), CommonJson.Default.MessageResponse);
    }
}
