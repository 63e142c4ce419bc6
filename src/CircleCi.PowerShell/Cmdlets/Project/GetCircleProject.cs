using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleProject: a project by slug (GET /project/{project-slug}).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleProject")]
    [OutputType(typeof(Models.Project))]
    [CircleApiOperation("getProjectBySlug")]
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
                    Models.Project project = GetJson("project/" + normalized, ProjectJson.Default.Project, "getProjectBySlug");
                    CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, project.Slug);
                    WriteObject(project);
                });
            }
        }
    }
}
