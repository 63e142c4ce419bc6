using System.Management.Automation;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Pump
{
    /// <summary>
    /// The log background work writes to from thread-pool threads. It only posts typed messages to its
    /// <see cref="CmdletPump"/>, which writes them on the pipeline thread, the one thread allowed to call Write*.
    /// </summary>
    internal sealed class CmdletLog : ICircleLog
    {
        private readonly MessageQueue<PumpMessage> _queue;

        public CmdletLog(MessageQueue<PumpMessage> queue, bool verbose, bool debug)
        {
            _queue = queue;
            IsVerboseEnabled = verbose;
            IsDebugEnabled = debug;
        }

        public bool IsVerboseEnabled { get; }
        public bool IsDebugEnabled { get; }

        public void Verbose(string message) { if (IsVerboseEnabled) Post(new VerboseMessage(message)); }
        public void Debug(string message) { if (IsDebugEnabled) Post(new DebugMessage(message)); }
        public void Warning(string message) => Post(new WarningMessage(message));
        public void Progress(ProgressRecord record) => Post(new ProgressMessage(record));
        public void Output(object value) => Post(new OutputMessage(value));
        public void Error(ErrorRecord record) => Post(new ErrorMessage(record));
        public void Host(string line) => Post(new HostLineMessage(line));

        /// <summary>Hands a message to the pipeline thread. After the pump ended nobody drains the queue: a late
        /// message is dropped, never thrown.</summary>
        public void Post(PumpMessage message) => _queue.TryAdd(message);
    }
}
