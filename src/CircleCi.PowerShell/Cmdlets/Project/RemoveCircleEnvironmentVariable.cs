using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Remove-CircleEnvironmentVariable: deletes project environment variables by name (DELETE .../envvar/{name}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ProjectApi.DeleteEnvVar), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleEnvironmentVariableCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                foreach (string name in Name)
                {
                    if (!ShouldProcess($"{display}: {name}", "Delete environment variable")) continue;
                    ForItem($"{display}/{name}", () =>
                    {
                        Run(api => api.Projects.DeleteEnvVarAsync(normalized, name));
                        WriteVerbose($"Deleted {name} from {display}.");
                    });
                }
            });
        }
    }
}
