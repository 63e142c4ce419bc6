using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>
    /// Set-CircleEnvironmentVariable: adds or replaces project environment variables (POST .../envvar). The value is a
    /// SecureString (a plain string is accepted), sent once and never written to any stream.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CircleEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = OneSet)]
    [OutputType(typeof(EnvironmentVariable))]
    [CircleApiOperation(nameof(ProjectApi.CreateEnvVar))]
    public sealed class SetCircleEnvironmentVariableCommand : SetVariableCmdletBase
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                foreach (var pair in Variables)
                {
                    if (!ShouldProcess($"{display}: {pair.Key}", "Set environment variable")) continue;
                    ForItem($"{display}/{pair.Key}", () =>
                    {
                        string secret = SecretInput.Reveal(pair.Value);
                        EnvironmentVariable stored = Run(api => api.Projects.CreateEnvVarAsync(normalized, pair.Key, secret));
                        stored.ProjectSlug = display;
                        WriteVerbose($"Set {pair.Key} on {display}.");
                        if (PassThru) WriteObject(stored);
                    });
                }
            });
        }
    }
}
