using System.Management.Automation;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// The log the HTTP core writes to from thread-pool threads. It only queues; <see cref="CircleCmdlet"/> drains the
    /// queue on the pipeline thread, the one thread allowed to call Write*.
    /// </summary>
    internal sealed class CmdletLog : ICircleLog
    {
        internal enum Kind { Verbose, Debug, Warning, Progress, Wake, Output, Error, Page, Host }

        private readonly MessageQueue<(Kind kind, object payload)> _queue;

        public CmdletLog(MessageQueue<(Kind, object)> queue, bool verbose, bool debug)
        {
            _queue = queue;
            IsVerboseEnabled = verbose;
            IsDebugEnabled = debug;
        }

        public bool IsVerboseEnabled { get; }
        public bool IsDebugEnabled { get; }

        public void Verbose(string message) { if (IsVerboseEnabled) TryAdd(Kind.Verbose, message); }
        public void Debug(string message) { if (IsDebugEnabled) TryAdd(Kind.Debug, message); }
        public void Warning(string message) => TryAdd(Kind.Warning, message);
        public void Progress(ProgressRecord record) => TryAdd(Kind.Progress, record);
        /// <summary>An object for the output stream, written by the pipeline thread (background work never calls WriteObject).</summary>
        public void Output(object value) => TryAdd(Kind.Output, value);
        /// <summary>A non-terminating error, written by the pipeline thread.</summary>
        public void Error(ErrorRecord record) => TryAdd(Kind.Error, record);
        /// <summary>A line for the host's output, as Write-Host writes it (CI host commands, log-friendly waiting).</summary>
        public void Host(string line) => TryAdd(Kind.Host, line);
        /// <summary>A page of a listing read in the background (see CircleCmdlet.WritePages), for the pipeline thread.</summary>
        public void Page(object page) => TryAdd(Kind.Page, page);

        private void TryAdd(Kind kind, object payload)
        {
            // After the operation ended nobody drains the queue; a late message is dropped, never thrown.
            _queue.TryAdd((kind, payload));
        }
    }
}
