using System;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pump;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Failures;
using CircleCi.PowerShell.Core.Hosting;
using CircleCi.PowerShell.Core.Waiting;

namespace CircleCi.PowerShell.Cmdlets.Workflow
{
    /// <summary>The CI-host side of waiting: in GitHub Actions and Azure DevOps, a line per change instead of a progress
    /// bar, and at the end annotations, the step summary and step outputs. In a terminal, nothing changes.</summary>
    public abstract partial class WaitCmdletBase
    {
        internal WorkflowWaiter NewWaiter(CircleApi api, CmdletLog log)
        {
            CiHostWriter? writer = HostWriter(api.Session, log.Host);
            if (writer == null) return new WorkflowWaiter(api, Options, log.Progress);
            return new WorkflowWaiter(api, Options, _ => { },
                observer: new WaitLineLogger(writer, new FailureSource(api.Session, log), new WebLinks(api.Session.ApiUrl)));
        }

        /// <summary>Annotations, summary and outputs for the finished wait (CI hosts only). A failure to report is a
        /// warning: the wait's own result still stands.</summary>
        internal void ReportToHost(WaitResult result)
        {
            CircleSession session = CurrentSession;
            if (CiHost.Detect(session) == CiHostKind.None) return;
            try
            {
                Run(async (s, log, ct) =>
                {
                    CiHostWriter writer = HostWriter(s, log.Host)!;
                    var source = new FailureSource(s, log);
                    await HostReport.WriteAsync(writer, source, new FailureReporter(source, log), new WebLinks(s.ApiUrl), result, ct).ConfigureAwait(false);
                    return true;
                });
            }
            catch (Exception ex) when (ex is CircleApiException or System.IO.IOException or UnauthorizedAccessException)
            {
                WriteWarning($"The CI host report could not be completed: {ex.Message}");
            }
        }
    }
}
