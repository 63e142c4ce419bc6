using System;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>The texts of the errors a wait ends with, naming the pipeline or workflow and the next step.</summary>
    internal static class WaitMessages
    {
        /// <summary>The waiter's message with the pipeline it gave up on: project, number and id.</summary>
        internal static string NamePipeline(string message, Models.Pipeline? pipeline) =>
            pipeline == null || message.Contains(pipeline.Id.ToString())
                ? message
                : $"{message} Pipeline: {pipeline.ProjectSlug} #{pipeline.Number} ({pipeline.Id}){(pipeline.Vcs?.Branch != null ? ", branch " + pipeline.Vcs.Branch : string.Empty)}.";

        internal static string? NoWorkflowAction(Models.Pipeline? pipeline) =>
            pipeline == null ? null
                : $"Check the workflow filters of the configuration for this branch: Get-CirclePipelineConfig -PipelineId {pipeline.Id}";

        internal static string OnHold(Models.Workflow held) =>
            $"Workflow {held.Name} of {held.ProjectSlug} pipeline #{held.PipelineNumber} is on hold, waiting for an approval ({held.Id}).";

        internal static string OnHoldAction(Models.Workflow held) =>
            $"Approve it (Get-CircleJob -WorkflowId {held.Id} | Where-Object Type -eq approval | Approve-CircleJob), or add -WaitForApproval to wait for the approval.";
    }
}
