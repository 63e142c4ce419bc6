using System;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Restart-CircleWorkflow: reruns a workflow, all of it, from the failed job, or chosen jobs (POST /workflow/{id}/rerun).</summary>
    [Cmdlet(VerbsLifecycle.Restart, "CircleWorkflow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AllSet)]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation(nameof(WorkflowApi.RerunWorkflow), Model = typeof(Models.WorkflowRerunResponse))]
    [CircleApiOperation(nameof(WorkflowApi.GetWorkflowById), Model = typeof(Models.Workflow))]
    public sealed class RestartCircleWorkflowCommand : CircleApiCmdlet
    {
        private const string AllSet = "All";
        private const string FailedSet = "FromFailed";
        private const string JobsSet = "Jobs";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid WorkflowId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = FailedSet)]
        public SwitchParameter FromFailed { get; set; }

        /// <summary>Ids of the jobs to rerun (Get-CircleJob output's Id).</summary>
        [Parameter(Mandatory = true, ParameterSetName = JobsSet)]
        [Alias("JobId")]
        public Guid[] Job { get; set; } = Array.Empty<Guid>();

        /// <summary>Rerun the chosen jobs with SSH enabled for you.</summary>
        [Parameter(ParameterSetName = JobsSet)]
        public SwitchParameter EnableSsh { get; set; }

        /// <summary>Use CircleCI's sparse-tree rerun for workflows with disconnected subgraphs.</summary>
        [Parameter(ParameterSetName = JobsSet)]
        public SwitchParameter SparseTree { get; set; }

        protected override void ProcessRecord()
        {
            string how = FromFailed ? "from the failed job" : Job.Length > 0 ? $"{Job.Length} job(s)" + (EnableSsh ? " with SSH" : "") : "all jobs";
            if (!ShouldProcess(WorkflowId.ToString(), $"Rerun workflow ({how})")) return;
            var body = new RerunWorkflowRequest
            {
                FromFailed = FromFailed ? true : null,
                Jobs = Job.Length > 0 ? Job.ToList() : null,
                EnableSsh = EnableSsh ? true : null,
                SparseTree = SparseTree ? true : null,
            };
            ForItem(WorkflowId, () => WriteObject(Run(async api =>
            {
                var answer = await api.Workflows.RerunWorkflowAsync(WorkflowId, body).ConfigureAwait(false);
                return await api.Workflows.GetWorkflowByIdAsync(answer.WorkflowId).ConfigureAwait(false);
            })));
        }
    }
}
