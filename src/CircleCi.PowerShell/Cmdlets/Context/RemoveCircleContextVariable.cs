using System;
using System.Management.Automation;
using System.Net.Http;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>Remove-CircleContextVariable: deletes context variables by name (DELETE /context/{id}/environment-variable/{name}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleContextVariable", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation("deleteEnvironmentVariableFromContext", Model = typeof(Models.MessageResponse))]
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
                ForItem($"{ContextId}/{name}", () => SendJson(HttpMethod.Delete,
                    $"context/{ContextId:D}/environment-variable/{Uri.EscapeDataString(name)}", null, CommonJson.Default.MessageResponse,
                    "deleteEnvironmentVariableFromContext"));
            }
        }
    }
}
