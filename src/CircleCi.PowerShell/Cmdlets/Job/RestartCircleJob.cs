using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>
    /// Restart-CircleJob: reruns one job through API v2: the job's latest workflow is rerun with only that job
    /// (POST /workflow/{id}/rerun with jobs and enable_ssh). API v1.1's retry and ssh POSTs, which it used before,
    /// answer 410 Gone from 2027-02-01. Returns the new job's details.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Restart, "CircleJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(JobDetail))]
    [CircleApiOperation(nameof(JobApi.GetJobDetails), Model = typeof(JobDetail))]
    [CircleApiOperation(nameof(WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(WorkflowApi.RerunWorkflow), Model = typeof(WorkflowRerunResponse))]
    public sealed class RestartCircleJobCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Number", "BuildNum")]
        public long JobNumber { get; set; }

        /// <summary>Rerun with SSH enabled for you.</summary>
        [Parameter]
        public SwitchParameter EnableSsh { get; set; }

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            long number = JobNumber;
            string label = $"{ProjectSlug} job {number}";
            if (!ShouldProcess(label, EnableSsh ? "Rerun job with SSH" : "Rerun job")) return;
            bool ssh = EnableSsh;
            ForItem(label, () =>
            {
                var (workflowId, name, rerun) = Run(api => RerunAsync(api, slug, number, ssh, label));
                if (rerun?.JobNumber is not long newNumber)
                {
                    // The rerun happened: a warning, not an error, so that a script does not rerun it twice.
                    WriteWarning($"Job {name} was rerun in workflow {workflowId}, but it has no job number yet: Get-CircleJob -WorkflowId {workflowId}");
                    return;
                }
                WriteVerbose($"{label} is rerun in workflow {workflowId} as job {newNumber}.");
                try
                {
                    WriteObject(Run(api => api.Jobs.GetJobDetailsAsync(slug, newNumber)));
                }
                catch (CircleApiException ex)
                {
                    WriteWarning($"Job {newNumber} was started, but reading its details failed: {ex.Message}");
                }
            });
        }

        /// <summary>Finds the job's id in its latest workflow, reruns that workflow with only this job, and finds the job in the rerun.</summary>
        private static async Task<(Guid WorkflowId, string Name, Models.Job? Job)> RerunAsync(CircleApi api, string slug, long number, bool ssh, string label)
        {
            JobDetail detail = await api.Jobs.GetJobDetailsAsync(slug, number).ConfigureAwait(false);
            Guid workflowId = detail.LatestWorkflow?.Id ?? Guid.Empty;
            if (workflowId == Guid.Empty) throw NotFound($"CircleCI names no workflow for {label}: it cannot be rerun.");
            Models.Job? job = (await ListJobsAsync(api, workflowId).ConfigureAwait(false)).FirstOrDefault(j => j.JobNumber == number);
            if (job == null) throw NotFound($"{label} is not listed in its workflow {workflowId}: it cannot be rerun.");

            var body = new RerunWorkflowRequest { Jobs = new List<Guid> { job.Id }, EnableSsh = ssh ? true : null };
            WorkflowRerunResponse answer = await api.Workflows.RerunWorkflowAsync(workflowId, body).ConfigureAwait(false);
            // Job names are unique within a workflow; the rerun gives the job a new id and number.
            Models.Job? rerun = (await ListJobsAsync(api, answer.WorkflowId).ConfigureAwait(false)).FirstOrDefault(j => j.Name == job.Name);
            return (answer.WorkflowId, job.Name, rerun);
        }

        private static Task<List<Models.Job>> ListJobsAsync(CircleApi api, Guid workflowId) =>
            api.AllPagesAsync(token => api.Workflows.ListWorkflowJobsAsync(workflowId, token), "jobs of workflow " + workflowId);

        private static CircleApiException NotFound(string message) =>
            new CircleApiException("CircleJob.WorkflowNotFound", ErrorCategory.ObjectNotFound, message);
    }
}
