using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Get-CircleContextRestriction: who may use a context (GET /context/{id}/restrictions).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleContextRestriction")]
    [OutputType(typeof(ContextRestriction))]
    [CircleApiOperation(nameof(ContextApi.GetContextRestrictions))]
    public sealed class GetCircleContextRestrictionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ContextId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in ContextId)
                ForItem(id, () => WritePages((api, token) => api.Contexts.GetContextRestrictionsAsync(id, token), $"restrictions of context {id}", id));
        }
    }
}
