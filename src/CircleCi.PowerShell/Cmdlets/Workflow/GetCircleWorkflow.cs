using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>Get-CircleWorkflow: a pipeline's workflows (from the pipe) or workflows by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWorkflow", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(Models.Workflow))]
    [CircleApiOperation(nameof(PipelineApi.ListWorkflowsByPipelineId))]
    [CircleApiOperation(nameof(WorkflowApi.GetWorkflowById))]
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
                    ForItem(id, () => Emit(Run(api => api.Workflows.GetWorkflowByIdAsync(id))));
                return;
            }
            var pattern = WildcardOrNull(Name, nameof(Name));
            foreach (Guid id in PipelineId)
                WriteListFor(id, (api, token) => api.Pipelines.ListWorkflowsByPipelineIdAsync(id, token), "workflows of pipeline " + id, Remember,
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
