using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Artifacts
{
    /// <summary>A job that ran (so it has a number and may have artifacts), with the workflow it was listed under.</summary>
    internal sealed class RanJob
    {
        public RanJob(string projectSlug, long number, string name, Guid workflowId, string? workflowName)
        {
            ProjectSlug = projectSlug;
            Number = number;
            Name = name;
            WorkflowId = workflowId;
            WorkflowName = workflowName;
        }

        public string ProjectSlug { get; }
        public long Number { get; }
        public string Name { get; }
        public Guid WorkflowId { get; }
        public string? WorkflowName { get; }
        public string Key => ProjectSlug + "#" + Number;

        /// <summary>Labels an artifact with this job, so a plan can give each job its folder.</summary>
        public void Label(Artifact artifact)
        {
            artifact.ProjectSlug = ProjectSlug;
            artifact.JobNumber = Number;
            if (!string.IsNullOrEmpty(Name)) artifact.JobName = Name;
            if (WorkflowId != Guid.Empty) artifact.WorkflowId = WorkflowId;
            if (WorkflowName != null) artifact.WorkflowName = WorkflowName;
        }
    }

    /// <summary>Where the artifacts of a workflow or a pipeline are: its jobs that ran. Shared by Get- and Save-CircleArtifact.</summary>
    internal static class ArtifactSources
    {
        /// <summary>Job lists requested at once for Get-CircleArtifact: the default of Get-CircleJob -ThrottleLimit.</summary>
        public const int DefaultListLimit = 8;

        /// <summary>
        /// The jobs of these workflows that ran, each once: a workflow rerun from failed lists the jobs it did not rerun
        /// with their first run's numbers, and listing them twice would write (and save) the same artifacts twice.
        /// <paramref name="seen"/> holds the jobs (<see cref="RanJob.Key"/>) already taken, here or by earlier calls.
        /// The workflows' job lists are requested together, up to <paramref name="limit"/> at once.
        /// </summary>
        public static async Task<List<RanJob>> ListRanJobsAsync(CircleApi api, IReadOnlyList<(Guid Id, string? Name)> workflows,
            string fallbackSlug, ISet<string> seen, int limit)
        {
            List<Job>[] lists = await Concurrently.MapAsync(workflows, limit, workflow =>
                api.AllPagesAsync(token => api.Workflows.ListWorkflowJobsAsync(workflow.Id, token), "jobs of workflow " + workflow.Id),
                api.Cancellation).ConfigureAwait(false);
            var ran = new List<RanJob>();
            for (int i = 0; i < workflows.Count; i++)
            {
                foreach (Job job in lists[i])
                {
                    if (!job.JobNumber.HasValue)
                    {
                        api.Log.Verbose($"Job '{job.Name}' has no number (an approval job, or one that never ran): it has no artifacts.");
                        continue;
                    }
                    var candidate = new RanJob(string.IsNullOrEmpty(job.ProjectSlug) ? fallbackSlug : job.ProjectSlug, job.JobNumber.Value,
                        job.Name, workflows[i].Id, workflows[i].Name);
                    if (seen.Add(candidate.Key)) ran.Add(candidate);
                }
            }
            return ran;
        }

        /// <summary>A pipeline's workflows, as ListRanJobsAsync takes them.</summary>
        public static async Task<List<(Guid Id, string? Name)>> ListWorkflowsAsync(CircleApi api, Guid pipelineId)
        {
            List<Workflow> workflows = await api.AllPagesAsync(token => api.Pipelines.ListWorkflowsByPipelineIdAsync(pipelineId, token),
                "workflows of pipeline " + pipelineId).ConfigureAwait(false);
            api.Log.Verbose($"Pipeline {pipelineId}: {workflows.Count} workflow(s).");
            return workflows.Select(w => (w.Id, (string?)w.Name)).ToList();
        }

        /// <summary>One job's artifacts, labelled with the job.</summary>
        public static async Task<List<Artifact>> ListJobArtifactsAsync(CircleApi api, RanJob job)
        {
            List<Artifact> listed = await api.AllPagesAsync(token => api.Jobs.GetJobArtifactsAsync(job.ProjectSlug, job.Number, token),
                $"artifacts of {job.ProjectSlug} job {job.Number}").ConfigureAwait(false);
            foreach (Artifact artifact in listed) job.Label(artifact);
            return listed;
        }
    }
}
