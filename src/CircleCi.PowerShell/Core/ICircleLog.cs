namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// Where the HTTP core reports what it does. Cmdlets implement it with a queue that is drained on the
    /// pipeline thread, because Write* may only be called from there while requests run on the thread pool.
    /// </summary>
    public interface ICircleLog
    {
        bool IsVerboseEnabled { get; }
        bool IsDebugEnabled { get; }
        void Verbose(string message);
        void Debug(string message);
        void Warning(string message);
    }

    /// <summary>A log that drops everything (used when nobody listens, e.g. tab completion).</summary>
    public sealed class NullCircleLog : ICircleLog
    {
        public static readonly NullCircleLog Instance = new NullCircleLog();
        public bool IsVerboseEnabled => false;
        public bool IsDebugEnabled => false;
        public void Verbose(string message) { }
        public void Debug(string message) { }
        public void Warning(string message) { }
    }
}
