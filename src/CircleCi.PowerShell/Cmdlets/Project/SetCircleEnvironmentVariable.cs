using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>
    /// Set-CircleEnvironmentVariable: adds or replaces project environment variables (POST .../envvar). The value is a
    /// SecureString (a plain string is accepted), sent once and never written to any stream.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CircleEnvironmentVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = OneSet)]
    [OutputType(typeof(EnvironmentVariable))]
    [CircleApiOperation("createEnvVar")]
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
                        var body = new JsonObject { ["name"] = pair.Key, ["value"] = secret };
                        var stored = SendJson(HttpMethod.Post, $"project/{normalized}/envvar", body, ProjectJson.Default.EnvironmentVariable,
                            "createEnvVar", new[] { secret });
                        stored.ProjectSlug = display;
                        WriteVerbose($"Set {pair.Key} on {display}.");
                        if (PassThru) WriteObject(stored);
                    });
                }
            });
        }
    }
}
