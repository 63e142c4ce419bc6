using System.Management.Automation;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Session
{
    /// <summary>Disconnect-Circle: forgets the default session (or the one given) and closes its connections.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Circle")]
    [OutputType(typeof(void))]
    public sealed class DisconnectCircleCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public CircleSession? Session { get; set; }

        protected override void ProcessRecord()
        {
            CircleSession? target = Session ?? SessionStore.Default;
            if (target == null)
            {
                WriteVerbose("No CircleCI session to disconnect.");
                return;
            }
            if (ReferenceEquals(target, SessionStore.Default)) SessionStore.Default = null;
            target.Dispose();
            WriteVerbose($"Disconnected from {target.ApiUrl}.");
        }
    }
}
