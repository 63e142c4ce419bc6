using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleProjectSetting: a project's advanced settings (GET /project/{provider}/{org}/{project}/settings).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleProjectSetting")]
    [OutputType(typeof(ProjectSettings))]
    [CircleApiOperation(nameof(ProjectApi.GetProjectSettings))]
    public sealed class GetCircleProjectSettingCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                ForItem(slug, () =>
                {
                    ProjectSettings settings = Run(api => api.Projects.GetProjectSettingsAsync(normalized));
                    settings.ProjectSlug = display;
                    WriteObject(settings);
                });
            });
        }
    }
}
