using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Branches
{
    /// <summary>
    /// "Is main green?": reads a branch's pipelines newest first and keeps, per workflow name, the newest finished run
    /// and the newest run still going. Stops once every workflow seen has a finished run and a pipeline whose
    /// workflows all finished has been read, or after <c>maxPipelines</c>.
    /// </summary>
    internal static class BranchStatusReader
    {
        internal static async Task<List<BranchStatus>> ReadAsync(CircleApi api, string projectSlug, string branch, int maxPipelines)
        {
            var byName = new Dictionary<string, BranchStatus>(StringComparer.Ordinal);
            var order = new List<string>();
            int read = 0;
            bool sawFinishedPipeline = false;
            string? token = null;
            do
            {
                PagedResponse<Pipeline> page = await api.Pipelines.ListPipelinesForProjectAsync(projectSlug, branch, token).ConfigureAwait(false);
                foreach (Pipeline pipeline in page.Items)
                {
                    // The API filters by branch; a tag pipeline has no branch and is not the branch's state.
                    if (pipeline.Vcs?.Branch != null && pipeline.Vcs.Branch != branch) continue;
                    List<Workflow> workflows = await ListWorkflowsAsync(api, pipeline.Id).ConfigureAwait(false);
                    read++;
                    foreach (Workflow workflow in workflows.OrderByDescending(w => w.CreatedAt))
                    {
                        if (!byName.TryGetValue(workflow.Name, out BranchStatus? status))
                        {
                            status = new BranchStatus { ProjectSlug = workflow.ProjectSlug.Length > 0 ? workflow.ProjectSlug : projectSlug, Branch = branch, WorkflowName = workflow.Name };
                            byName[workflow.Name] = status;
                            order.Add(workflow.Name);
                        }
                        if (status.Status.Length > 0) continue;
                        if (workflow.IsFinished)
                        {
                            status.Status = workflow.Status;
                            status.PipelineNumber = workflow.PipelineNumber;
                            status.PipelineId = workflow.PipelineId;
                            status.WorkflowId = workflow.Id;
                            status.StoppedAt = workflow.StoppedAt;
                        }
                        else if (status.CurrentStatus.Length == 0)
                        {
                            status.CurrentStatus = workflow.Status;
                            status.CurrentPipelineNumber = workflow.PipelineNumber;
                            status.CurrentWorkflowId = workflow.Id;
                        }
                    }
                    if (workflows.Count > 0 && workflows.All(w => w.IsFinished)) sawFinishedPipeline = true;
                    if (read >= maxPipelines || (sawFinishedPipeline && byName.Values.All(s => s.Status.Length > 0)))
                        return order.Select(n => byName[n]).ToList();
                }
                token = page.NextPageToken;
            }
            while (!string.IsNullOrEmpty(token));
            return order.Select(n => byName[n]).ToList();
        }

        private static async Task<List<Workflow>> ListWorkflowsAsync(CircleApi api, Guid pipelineId)
        {
            var all = new List<Workflow>();
            string? token = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                PagedResponse<Workflow> page = await api.Pipelines.ListWorkflowsByPipelineIdAsync(pipelineId, token).ConfigureAwait(false);
                all.AddRange(page.Items);
                token = page.NextPageToken;
            }
            while (!string.IsNullOrEmpty(token) && seen.Add(token!));
            return all;
        }
    }
}
