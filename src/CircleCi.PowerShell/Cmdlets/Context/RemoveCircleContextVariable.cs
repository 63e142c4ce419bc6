using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Remove-CircleContextVariable: deletes context variables by name (DELETE /context/{id}/environment-variable/{name}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleContextVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ContextApi.DeleteEnvironmentVariableFromContext), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleContextVariableCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ContextId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Variable")]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            foreach (string name in Name)
            {
                if (!ShouldProcess($"context {ContextId}: {name}", "Delete context variable")) continue;
                ForItem($"{ContextId}/{name}", () => Run(api => api.Contexts.DeleteEnvironmentVariableFromContextAsync(ContextId, name)));
            }
        }
    }
}
