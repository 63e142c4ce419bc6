using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>
    /// Set-CircleContextVariable: adds or updates context variables (PUT /context/{id}/environment-variable/{name}).
    /// The value is a SecureString (a plain string is accepted), sent once and never written to any stream.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CircleContextVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = OneSet)]
    [OutputType(typeof(ContextVariable))]
    [CircleApiOperation(nameof(ContextApi.AddEnvironmentVariableToContext))]
    public sealed class SetCircleContextVariableCommand : SetVariableCmdletBase
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public Guid[] ContextId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            foreach (Guid id in ContextId)
            {
                foreach (var pair in Variables)
                {
                    if (!ShouldProcess($"context {id}: {pair.Key}", "Set context variable")) continue;
                    ForItem($"{id}/{pair.Key}", () =>
                    {
                        string secret = SecretInput.Reveal(pair.Value);
                        ContextVariable stored = Run(api => api.Contexts.AddEnvironmentVariableToContextAsync(id, pair.Key, secret));
                        if (PassThru) WriteObject(stored);
                    });
                }
            }
        }
    }
}
