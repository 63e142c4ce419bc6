using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private WorkflowApi? _workflows;
        public WorkflowApi Workflows => _workflows ??= new WorkflowApi(this);
    }

    /// <summary>The Workflow operations of openapi-v2.json (a pipeline's workflows are listed by <see cref="PipelineApi"/>).</summary>
    public sealed class WorkflowApi
    {
        internal static readonly ApiRoute GetWorkflowById = ApiRoute.Get("getWorkflowById", "/workflow/{id}");
        internal static readonly ApiRoute ApprovePendingApprovalJobById = ApiRoute.Post("approvePendingApprovalJobById", "/workflow/{id}/approve/{approval_request_id}");
        internal static readonly ApiRoute CancelWorkflow = ApiRoute.Post("cancelWorkflow", "/workflow/{id}/cancel");
        internal static readonly ApiRoute ListWorkflowJobs = ApiRoute.Get("listWorkflowJobs", "/workflow/{id}/job");
        internal static readonly ApiRoute RerunWorkflow = ApiRoute.Post("rerunWorkflow", "/workflow/{id}/rerun");

        private readonly CircleApi _api;

        internal WorkflowApi(CircleApi api) => _api = api;

        public Task<Workflow> GetWorkflowByIdAsync(Guid id) =>
            _api.CallAsync(GetWorkflowById.Path(id), WorkflowJson.Default.Workflow);

        public Task<MessageResponse> ApprovePendingApprovalJobByIdAsync(Guid id, Guid approvalRequestId) =>
            _api.CallAsync(ApprovePendingApprovalJobById.Path(id, approvalRequestId), CommonJson.Default.MessageResponse);

        public Task<MessageResponse> CancelWorkflowAsync(Guid id) =>
            _api.CallAsync(CancelWorkflow.Path(id), CommonJson.Default.MessageResponse);

        /// <summary>
        /// One page of a workflow's jobs, each stamped with the workflow (the answer does not repeat it). The document
        /// declares no page-token here, but the answer carries next_page_token and CircleCI accepts page-token
        /// (API-NOTES §3, "resp-only").
        /// </summary>
        public async Task<PagedResponse<Job>> ListWorkflowJobsAsync(Guid id, string? pageToken = null)
        {
            PagedResponse<Job> page = await _api.CallAsync(ListWorkflowJobs.Path(id).Query("page-token", pageToken), JobJson.Default.PagedResponseJob)
                .ConfigureAwait(false);
            foreach (Job job in page.Items) job.WorkflowId = id;
            return page;
        }

        public Task<WorkflowRerunResponse> RerunWorkflowAsync(Guid id, RerunWorkflowRequest body) =>
            _api.CallAsync(RerunWorkflow.Path(id), body, WorkflowRequestJson.Default.RerunWorkflowRequest, WorkflowJson.Default.WorkflowRerunResponse);
    }
}
