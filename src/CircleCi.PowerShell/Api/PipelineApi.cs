using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private PipelineApi? _pipelines;
        public PipelineApi Pipelines => _pipelines ??= new PipelineApi(this);
    }

    /// <summary>The Pipeline operations of openapi-v2.json.</summary>
    public sealed class PipelineApi
    {
        internal static readonly ApiRoute ListPipelines = ApiRoute.Get("listPipelines", "/pipeline");
        internal static readonly ApiRoute ContinuePipeline = ApiRoute.Post("continuePipeline", "/pipeline/continue");
        internal static readonly ApiRoute GetPipelineById = ApiRoute.Get("getPipelineById", "/pipeline/{pipeline-id}");
        internal static readonly ApiRoute GetPipelineConfigById = ApiRoute.Get("getPipelineConfigById", "/pipeline/{pipeline-id}/config");
        internal static readonly ApiRoute GetPipelineValuesById = ApiRoute.Get("getPipelineValuesById", "/pipeline/{pipeline-id}/values");
        internal static readonly ApiRoute ListWorkflowsByPipelineId = ApiRoute.Get("listWorkflowsByPipelineId", "/pipeline/{pipeline-id}/workflow");
        internal static readonly ApiRoute TriggerPipeline = ApiRoute.Post("triggerPipeline", "/project/{project-slug}/pipeline");
        internal static readonly ApiRoute ListPipelinesForProject = ApiRoute.Get("listPipelinesForProject", "/project/{project-slug}/pipeline");
        internal static readonly ApiRoute ListMyPipelines = ApiRoute.Get("listMyPipelines", "/project/{project-slug}/pipeline/mine");
        internal static readonly ApiRoute GetPipelineByNumber = ApiRoute.Get("getPipelineByNumber", "/project/{project-slug}/pipeline/{pipeline-number}");
        internal static readonly ApiRoute TriggerPipelineRun = ApiRoute.Post("triggerPipelineRun", "/project/{provider}/{organization}/{project}/pipeline/run");

        private readonly CircleApi _api;

        internal PipelineApi(CircleApi api) => _api = api;

        public Task<PagedResponse<Pipeline>> ListPipelinesAsync(string orgSlug, bool? mine = null, string? pageToken = null) =>
            _api.CallAsync(ListPipelines.Path().Query("org-slug", orgSlug).Query("page-token", pageToken).Query("mine", mine),
                PipelineJson.Default.PagedResponsePipeline);

        public Task<MessageResponse> ContinuePipelineAsync(ContinuePipelineRequest body) =>
            _api.CallAsync(ContinuePipeline.Path(), body, PipelineRequestJson.Default.ContinuePipelineRequest, CommonJson.Default.MessageResponse);

        public Task<Pipeline> GetPipelineByIdAsync(Guid pipelineId) =>
            _api.CallAsync(GetPipelineById.Path(pipelineId), PipelineJson.Default.Pipeline);

        public Task<PipelineConfig> GetPipelineConfigByIdAsync(Guid pipelineId) =>
            _api.CallAsync(GetPipelineConfigById.Path(pipelineId), PipelineJson.Default.PipelineConfig);

        public Task<Dictionary<string, JsonElement>> GetPipelineValuesByIdAsync(Guid pipelineId) =>
            _api.CallAsync(GetPipelineValuesById.Path(pipelineId), PipelineJson.Default.DictionaryStringJsonElement);

        public Task<PagedResponse<Workflow>> ListWorkflowsByPipelineIdAsync(Guid pipelineId, string? pageToken = null) =>
            _api.CallAsync(ListWorkflowsByPipelineId.Path(pipelineId).Query("page-token", pageToken), WorkflowJson.Default.PagedResponseWorkflow);

        public Task<PipelineCreation> TriggerPipelineAsync(string projectSlug, TriggerPipelineRequest body) =>
            _api.CallAsync(TriggerPipeline.Path(projectSlug), body, PipelineRequestJson.Default.TriggerPipelineRequest, PipelineJson.Default.PipelineCreation);

        public Task<PagedResponse<Pipeline>> ListPipelinesForProjectAsync(string projectSlug, string? branch = null, string? pageToken = null) =>
            _api.CallAsync(ListPipelinesForProject.Path(projectSlug).Query("branch", branch).Query("page-token", pageToken),
                PipelineJson.Default.PagedResponsePipeline);

        public Task<PagedResponse<Pipeline>> ListMyPipelinesAsync(string projectSlug, string? pageToken = null) =>
            _api.CallAsync(ListMyPipelines.Path(projectSlug).Query("page-token", pageToken), PipelineJson.Default.PagedResponsePipeline);

        public Task<Pipeline> GetPipelineByNumberAsync(string projectSlug, long pipelineNumber) =>
            _api.CallAsync(GetPipelineByNumber.Path(projectSlug, pipelineNumber), PipelineJson.Default.Pipeline);

        public Task<PipelineCreation> TriggerPipelineRunAsync(string projectSlug, TriggerPipelineRunRequest body) =>
            _api.CallAsync(TriggerPipelineRun.Path(ProjectSlugParts.From(projectSlug)), body, PipelineRequestJson.Default.TriggerPipelineRunRequest,
                PipelineJson.Default.PipelineCreation);
    }
}
