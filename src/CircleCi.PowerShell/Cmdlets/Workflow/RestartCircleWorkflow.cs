using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Restart-CircleWorkflow: reruns a workflow, all of it, from the failed job, or chosen jobs (POST /workflow/{id}/rerun).</summary>
    [Cmdlet(VerbsLifecycle.Restart, "CircleWorkflow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AllSet)]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation("rerunWorkflow", Model = typeof(Models.WorkflowRerunResponse))]
    [CircleApiOperation("getWorkflowById", Model = typeof(Models.Workflow))]
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
            var body = new JsonObject();
            if (FromFailed) body["from_failed"] = true;
            if (Job.Length > 0) body["jobs"] = new JsonArray(Job.Select(j => (JsonNode?)JsonValue.Create(j.ToString("D"))).ToArray());
            if (EnableSsh) body["enable_ssh"] = true;
            if (SparseTree) body["sparse_tree"] = true;
            ForItem(WorkflowId, () =>
            {
                var answer = SendJson(HttpMethod.Post, $"workflow/{WorkflowId:D}/rerun", body, WorkflowJson.Default.WorkflowRerunResponse, "rerunWorkflow");
                WriteObject(GetJson("workflow/" + answer.WorkflowId.ToString("D"), WorkflowJson.Default.Workflow, "getWorkflowById"));
            });
        }
    }
}
