using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleProjectSetting: a project's advanced settings (GET /project/{provider}/{org}/{project}/settings).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleProjectSetting")]
    [OutputType(typeof(ProjectSettings))]
    [CircleApiOperation("getProjectSettings")]
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
                    var settings = GetJson($"project/{normalized}/settings", ProjectJson.Default.ProjectSettings, "getProjectSettings");
                    settings.ProjectSlug = display;
                    WriteObject(settings);
                });
            });
        }
    }
}
