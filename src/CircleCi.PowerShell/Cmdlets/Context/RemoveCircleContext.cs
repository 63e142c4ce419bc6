using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Remove-CircleContext: deletes contexts with their variables and restrictions (DELETE /context/{id}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleContext", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ContextApi.DeleteContext), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleContextCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ContextId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in ContextId)
            {
                if (!ShouldProcess(id.ToString(), "Delete context and all its variables")) continue;
                ForItem(id, () => Run(api => api.Contexts.DeleteContextAsync(id)));
            }
        }
    }
}
