using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleProject: a project by slug (GET /project/{project-slug}).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleProject")]
    [OutputType(typeof(Models.Project))]
    [CircleApiOperation(nameof(ProjectApi.GetProjectBySlug))]
    public sealed class GetCircleProjectCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            foreach (string slug in ProjectSlug)
            {
                string? normalized = CheckSlug(slug);
                if (normalized == null) continue;
                ForItem(slug, () =>
                {
                    Models.Project project = Run(api => api.Projects.GetProjectBySlugAsync(normalized));
                    CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, project.Slug);
                    WriteObject(project);
                });
            }
        }
    }
}
