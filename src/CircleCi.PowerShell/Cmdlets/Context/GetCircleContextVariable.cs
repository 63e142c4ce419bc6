using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Get-CircleContextVariable: the names of a context's variables, paged (GET /context/{id}/environment-variable).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleContextVariable")]
    [OutputType(typeof(ContextVariable))]
    [CircleApiOperation(nameof(ContextApi.ListEnvironmentVariablesFromContext))]
    public sealed class GetCircleContextVariableCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ContextId { get; set; } = Array.Empty<Guid>();

        /// <summary>Only variables whose name matches (wildcards allowed).</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var pattern = WildcardOrNull(Name, nameof(Name));
            foreach (Guid id in ContextId)
                ForItem(id, () => WritePages((api, token) => api.Contexts.ListEnvironmentVariablesFromContextAsync(id, token), $"variables of context {id}", id,
                    filter: v => pattern == null || pattern.IsMatch(v.Variable)));
        }
    }
}
