using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using CircleCi.PowerShell.Cmdlets.Pump;

namespace CircleCi.PowerShell.Tests.Cmdlets.Pump
{
    /// <summary>Stands in for the cmdlet: records each write as "Kind:text" with the thread that made it.</summary>
    internal sealed class RecordingWriter : IPumpWriter
    {
        public ConcurrentQueue<string> Writes { get; } = new ConcurrentQueue<string>();
        public ConcurrentBag<int> Threads { get; } = new ConcurrentBag<int>();
        /// <summary>When set, WriteObject throws it (as PowerShell does once Select-Object -First is satisfied).</summary>
        public System.Exception? ThrowOnObject { get; set; }

        private void Record(string entry)
        {
            Threads.Add(System.Environment.CurrentManagedThreadId);
            Writes.Enqueue(entry);
        }

        public void WriteObject(object sendToPipeline)
        {
            if (ThrowOnObject != null) throw ThrowOnObject;
            Record("Output:" + sendToPipeline);
        }

        public void WriteError(ErrorRecord errorRecord) => Record("Error:" + errorRecord.FullyQualifiedErrorId);
        public void WriteVerbose(string text) => Record("Verbose:" + text);
        public void WriteDebug(string text) => Record("Debug:" + text);
        public void WriteWarning(string text) => Record("Warning:" + text);
        public void WriteProgress(ProgressRecord progressRecord) => Record("Progress:" + progressRecord.StatusDescription);
        public void WriteHostLine(string line) => Record("Host:" + line);
    }
}
