using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Remove-CircleContextRestriction: deletes context restrictions (DELETE /context/{id}/restrictions/{restriction_id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleContextRestriction", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ContextApi.DeleteContextRestriction), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleContextRestrictionCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ContextId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public Guid[] RestrictionId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in RestrictionId)
            {
                if (!ShouldProcess($"context {ContextId}: restriction {id}", "Delete context restriction")) continue;
                ForItem(id, () => Run(api => api.Contexts.DeleteContextRestrictionAsync(ContextId, id)));
            }
        }
    }
}
