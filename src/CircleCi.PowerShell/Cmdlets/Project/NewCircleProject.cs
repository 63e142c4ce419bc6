using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>
    /// New-CircleProject: creates a project in an organization by name (POST /organization/{org}/project), or sets up
    /// a GitHub OAuth / Bitbucket repository as a project (POST /project/{provider}/{org}/{project}) and reads it back.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CircleProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = OrgSet)]
    [OutputType(typeof(Models.Project))]
    [CircleApiOperation(nameof(ProjectApi.CreateProject))]
    [CircleApiOperation(nameof(ProjectApi.CreateProject1), Model = typeof(ProjectSettings))]
    [CircleApiOperation(nameof(ProjectApi.GetProjectBySlug))]
    public sealed class NewCircleProjectCommand : CircleApiCmdlet
    {
        private const string OrgSet = "Org";
        private const string RepoSet = "Repository";

        /// <summary>The organization, by slug (gh/acme, circleci/&lt;org-id&gt;) or id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = OrgSet, ValueFromPipelineByPropertyName = true)]
        [Alias("OrgSlug", "OrgId", "OrganizationSlug")]
        [ValidateNotNullOrEmpty]
        public string Organization { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = OrgSet, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = Array.Empty<string>();

        /// <summary>An existing GitHub OAuth or Bitbucket repository to build (gh/org/repo, bb/org/repo).</summary>
        [Parameter(Mandatory = true, ParameterSetName = RepoSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == OrgSet)
            {
                foreach (string name in Name)
                {
                    if (!ShouldProcess($"{Organization}: {name}", "Create project")) continue;
                    ForItem(name, () =>
                    {
                        Models.Project project = Run(api => api.Projects.CreateProjectAsync(Organization, name));
                        CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, project.Slug);
                        WriteObject(project);
                    });
                }
                return;
            }
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (normalized.StartsWith("circleci/", StringComparison.OrdinalIgnoreCase))
                {
                    WriteInvalidArgument("CircleCi.StandaloneProject",
                        $"'{slug}' is a GitHub App or GitLab project: CircleCI creates those by name; use New-CircleProject -Organization <org> -Name <name>.", slug);
                    return;
                }
                if (!ShouldProcess(display, "Set up project")) return;
                ForItem(slug, () =>
                {
                    Models.Project project = Run(async api =>
                    {
                        await api.Projects.CreateProject1Async(normalized).ConfigureAwait(false);
                        return await api.Projects.GetProjectBySlugAsync(normalized).ConfigureAwait(false);
                    });
                    CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, project.Slug);
                    WriteObject(project);
                });
            });
        }
    }
}
