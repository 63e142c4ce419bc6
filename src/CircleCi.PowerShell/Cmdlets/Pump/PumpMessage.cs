using System.Management.Automation;

namespace CircleCi.PowerShell.Cmdlets.Pump
{
    /// <summary>What a pump message is written to: the cmdlet, whose Write* only the pipeline thread may call.
    /// An interface so the pump's pieces can be tested without a PowerShell host.</summary>
    internal interface IPumpWriter
    {
        void WriteObject(object sendToPipeline);
        void WriteError(ErrorRecord errorRecord);
        void WriteVerbose(string text);
        void WriteDebug(string text);
        void WriteWarning(string text);
        void WriteProgress(ProgressRecord progressRecord);
        /// <summary>A line for the host as Write-Host writes it (CI host commands, log-friendly waiting).</summary>
        void WriteHostLine(string line);
    }

    /// <summary>
    /// One thing background work hands to the pipeline thread. Each kind knows how to write itself, so the pipeline
    /// thread needs no switch over kinds and no payload is cast back from object.
    /// </summary>
    internal abstract class PumpMessage
    {
        /// <summary>Writes the message; called only on the pipeline thread (<see cref="CmdletPump"/> checks).</summary>
        internal abstract void WriteTo(IPumpWriter writer);
    }

    /// <summary>A line of text for one of the text streams.</summary>
    internal abstract class TextMessage : PumpMessage
    {
        protected TextMessage(string text) => Text = text;
        public string Text { get; }
    }

    internal sealed class VerboseMessage : TextMessage
    {
        public VerboseMessage(string text) : base(text) { }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteVerbose(Text);
    }

    internal sealed class DebugMessage : TextMessage
    {
        public DebugMessage(string text) : base(text) { }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteDebug(Text);
    }

    internal sealed class WarningMessage : TextMessage
    {
        public WarningMessage(string text) : base(text) { }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteWarning(Text);
    }

    internal sealed class HostLineMessage : TextMessage
    {
        public HostLineMessage(string line) : base(line) { }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteHostLine(Text);
    }

    internal sealed class ProgressMessage : PumpMessage
    {
        public ProgressMessage(ProgressRecord record) => Record = record;
        public ProgressRecord Record { get; }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteProgress(Record);
    }

    /// <summary>An object for the output stream (background work never calls WriteObject itself).</summary>
    internal sealed class OutputMessage : PumpMessage
    {
        public OutputMessage(object value) => Value = value;
        public object Value { get; }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteObject(Value);
    }

    /// <summary>A non-terminating error.</summary>
    internal sealed class ErrorMessage : PumpMessage
    {
        public ErrorMessage(ErrorRecord record) => Record = record;
        public ErrorRecord Record { get; }
        internal override void WriteTo(IPumpWriter writer) => writer.WriteError(Record);
    }

    /// <summary>Writes nothing: posted when a piece of work ends, so the pipeline thread waiting for it wakes.</summary>
    internal sealed class WakeMessage : PumpMessage
    {
        public static readonly WakeMessage Instance = new WakeMessage();
        private WakeMessage() { }
        internal override void WriteTo(IPumpWriter writer) { }
    }
}
