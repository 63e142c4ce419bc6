using System;
using System.Collections;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pipeline;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Rollback
{
    /// <summary>Invoke-CircleRollback: rolls a component in an environment back to an earlier version.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CircleRollback", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(RollbackResult))]
    [CircleApiOperation(nameof(RollbackApi.RollbackProject))]
    public sealed class InvokeCircleRollbackCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ProjectId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EnvironmentName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ComponentName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string CurrentVersion { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string TargetVersion { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Namespace { get; set; }

        /// <summary>Why, for the audit trail.</summary>
        [Parameter]
        public string? Reason { get; set; }

        /// <summary>Pipeline parameters for the rollback pipeline.</summary>
        [Parameter]
        public IDictionary? Parameters { get; set; }

        protected override void ProcessRecord()
        {
            if (string.Equals(CurrentVersion, TargetVersion, StringComparison.Ordinal))
                ThrowInvalidArgument("CircleCi.SameVersion", $"{ComponentName} is already at {TargetVersion}: nothing to roll back.", TargetVersion);
            var body = new RollbackProjectRequest
            {
                EnvironmentName = EnvironmentName, ComponentName = ComponentName,
                CurrentVersion = CurrentVersion, TargetVersion = TargetVersion,
                Namespace = Namespace, Reason = Reason,
            };
            if (Parameters != null)
            {
                body.Parameters = PipelineParameters.From(Parameters, out string? error);
                if (error != null) ThrowInvalidArgument("CircleCi.InvalidParameter", error, Parameters);
            }
            if (!ShouldProcess($"{ComponentName} in {EnvironmentName}", $"Roll back from {CurrentVersion} to {TargetVersion}")) return;
            ForItem(ComponentName, () =>
            {
                RollbackResult result = Run(api => api.Rollbacks.RollbackProjectAsync(ProjectId, body));
                result.ProjectId = ProjectId;
                result.ComponentName = ComponentName;
                result.EnvironmentName = EnvironmentName;
                result.TargetVersion = TargetVersion;
                WriteObject(result);
            });
        }
    }
}
