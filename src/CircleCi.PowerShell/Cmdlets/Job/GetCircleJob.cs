using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Job
{
    /// <summary>Get-CircleJob: a workflow's jobs (from the pipe, paged) or one job's details by project slug and number.</summary>
    // Default set Workflow: a piped workflow carries ProjectSlug too, and with ByNumber as the default the binder
    // chose ByNumber and failed for want of JobNumber, so `... | Get-CircleWorkflow | Get-CircleJob` never worked.
    [Cmdlet(VerbsCommon.Get, "CircleJob", DefaultParameterSetName = WorkflowSet)]
    [OutputType(typeof(Models.Job), typeof(Models.JobDetail))]
    [CircleApiOperation(nameof(WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(JobApi.GetJobDetails), Model = typeof(Models.JobDetail))]
    public sealed class GetCircleJobCommand : PipedListCmdlet<Models.Job>
    {
        private const string WorkflowSet = "Workflow";
        private const string NumberSet = "ByNumber";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = WorkflowSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] WorkflowId { get; set; } = Array.Empty<Guid>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = NumberSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = NumberSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Number", "BuildNum")]
        public long[] JobNumber { get; set; } = Array.Empty<long>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == WorkflowSet)
            {
                foreach (Guid id in WorkflowId)
                    WriteListFor(id, (api, token) => api.Workflows.ListWorkflowJobsAsync(id, token), "jobs of workflow " + id);
                return;
            }
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            foreach (long number in JobNumber)
                ForItem($"{ProjectSlug} job {number}", () =>
                {
                    var detail = Run(api => api.Jobs.GetJobDetailsAsync(slug, number));
                    CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, detail.ProjectSlug);
                    WriteObject(detail);
                });
        }
    }
}
