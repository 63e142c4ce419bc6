using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Remove-CircleProject: deletes projects and everything CircleCI keeps for them (DELETE /project/{project-slug}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ProjectApi.DeleteProjectBySlug), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleProjectCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (!ShouldProcess(display, "Delete project (settings, variables, keys and history)")) return;
                ForItem(slug, () =>
                {
                    var answer = Run(api => api.Projects.DeleteProjectBySlugAsync(normalized));
                    WriteVerbose($"{slug}: {answer.Message}");
                });
            });
        }
    }
}
