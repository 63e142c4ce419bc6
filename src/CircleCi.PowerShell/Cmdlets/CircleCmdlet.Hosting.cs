using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Hosting;

namespace CircleCi.PowerShell.Cmdlets
{
    public abstract partial class CircleCmdlet
    {
        /// <summary>Writes a line to the host as Write-Host does (the information stream, tagged PSHOST): in a CI step
        /// it reaches standard output, where the host reads its commands.</summary>
        internal void WriteHostLine(string line) =>
            WriteInformation(new HostInformationMessage { Message = line }, new[] { "PSHOST" });

        /// <summary>The CI host's writer for this session, or null in a terminal (or with the integration off).</summary>
        internal CiHostWriter? HostWriter(CircleSession session, Action<string> writeLine) =>
            CiHost.Writer(CiHost.Detect(session), writeLine, Environment.GetEnvironmentVariable);

        /// <summary>In GitHub Actions and Azure DevOps, registers the token as a secret, so the host masks it in every
        /// log line, even one a script prints by mistake. Nothing happens elsewhere.</summary>
        internal void RegisterSecretWithHost(CircleSession session) => HostWriter(session, WriteHostLine)?.Mask(session.Token.Reveal());
    }
}
