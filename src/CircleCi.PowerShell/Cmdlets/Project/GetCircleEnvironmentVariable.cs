using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleEnvironmentVariable: a project's environment variables, values masked (GET .../envvar[/{name}]).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleEnvironmentVariable")]
    [OutputType(typeof(EnvironmentVariable))]
    [CircleApiOperation(nameof(ProjectApi.ListEnvVars))]
    [CircleApiOperation(nameof(ProjectApi.GetEnvVar))]
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
                    var patterns = Name == null ? null : Array.ConvertAll(Name, n => WildcardOrNull(n, nameof(Name))!);
                    ForItem(slug, () => WritePages((api, token) => api.Projects.ListEnvVarsAsync(normalized, token), "environment variables of " + display, slug,
                        onItem: v => v.ProjectSlug = display,
                        filter: v => patterns == null || Array.Exists(patterns, p => p.IsMatch(v.Name))));
                    return;
                }
                foreach (string name in Name)
                {
                    ForItem($"{display}/{name}", () =>
                    {
                        EnvironmentVariable variable = Run(api => api.Projects.GetEnvVarAsync(normalized, name));
                        variable.ProjectSlug = display;
                        WriteObject(variable);
                    });
                }
            });
        }
    }
}
