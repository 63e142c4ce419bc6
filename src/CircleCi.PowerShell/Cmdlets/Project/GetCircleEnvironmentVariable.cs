using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleEnvironmentVariable: a project's environment variables, values masked (GET .../envvar[/{name}]).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleEnvironmentVariable")]
    [OutputType(typeof(EnvironmentVariable))]
    [CircleApiOperation("listEnvVars")]
    [CircleApiOperation("getEnvVar")]
    public sealed class GetCircleEnvironmentVariableCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        /// <summary>Names to get; wildcards filter the list instead of asking for one variable.</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (Name == null || Array.Exists(Name, WildcardPattern.ContainsWildcardCharacters))
                {
                    var patterns = Name == null ? null : Array.ConvertAll(Name, n => new WildcardPattern(n, WildcardOptions.IgnoreCase));
                    ForItem(slug, () => WritePages($"project/{normalized}/envvar", ProjectJson.Default.PagedResponseEnvironmentVariable, slug,
                        onItem: v => v.ProjectSlug = display,
                        filter: v => patterns == null || Array.Exists(patterns, p => p.IsMatch(v.Name))));
                    return;
                }
                foreach (string name in Name)
                {
                    ForItem($"{display}/{name}", () =>
                    {
                        var variable = GetJson($"project/{normalized}/envvar/{Uri.EscapeDataString(name)}", ProjectJson.Default.EnvironmentVariable, "getEnvVar");
                        variable.ProjectSlug = display;
                        WriteObject(variable);
                    });
                }
            });
        }
    }
}
