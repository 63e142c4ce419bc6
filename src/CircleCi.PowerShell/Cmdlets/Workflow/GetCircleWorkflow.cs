using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Get-CircleWorkflow: a pipeline's workflows (from the pipe) or workflows by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWorkflow", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation("listWorkflowsByPipelineId")]
    [CircleApiOperation("getWorkflowById")]
    public sealed class GetCircleWorkflowCommand : PipedListCmdlet<Models.Workflow>
    {
        private const string PipelineSet = "Pipeline";
        private const string IdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PipelineSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] PipelineId { get; set; } = Array.Empty<Guid>();

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid[] WorkflowId { get; set; } = Array.Empty<Guid>();

        /// <summary>Only workflows with this name (wildcards allowed).</summary>
        [Parameter(ParameterSetName = PipelineSet)]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (Guid id in WorkflowId)
                    ForItem(id, () => Emit(GetJson("workflow/" + id.ToString("D"), WorkflowJson.Default.Workflow, "getWorkflowById")));
                return;
            }
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            foreach (Guid id in PipelineId)
                WriteListFor(id, $"pipeline/{id:D}/workflow", WorkflowJson.Default.PagedResponseWorkflow, Remember,
                    pattern == null ? null : w => pattern.IsMatch(w.Name));
        }

        private void Emit(Models.Workflow workflow)
        {
            Remember(workflow);
            WriteObject(workflow);
        }

        private void Remember(Models.Workflow workflow)
        {
            CurrentSession.Cache.Remember(SessionCache.WorkflowNames, workflow.Name);
            CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, workflow.ProjectSlug);
        }
    }
}
