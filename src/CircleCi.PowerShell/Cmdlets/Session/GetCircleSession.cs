using System.Management.Automation;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Session
{
    /// <summary>Get-CircleSession: the runspace's default session (host, user, token source, retry and rate-limit state).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleSession")]
    [OutputType(typeof(CircleSession))]
    public sealed class GetCircleSessionCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            CircleSession? session = SessionStore.Default;
            if (session == null || session.IsDisposed)
            {
                WriteVerbose("Not connected: run Connect-Circle.");
                return;
            }
            WriteObject(session);
        }
    }
}
