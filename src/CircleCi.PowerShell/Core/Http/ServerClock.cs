using System;
using System.Threading;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>
    /// The API server's time as this machine sees it, from the HTTP Date header of its answers: times CircleCI stamps
    /// (a pipeline's created_at) are compared with the server's clock, not with a local clock that may be off.
    /// Thread-safe; the offset of the latest answer wins. Date has whole seconds, so the estimate is up to 1 s behind.
    /// </summary>
    internal sealed class ServerClock
    {
        private long _offsetTicks;

        public void Observe(DateTimeOffset? serverDate, DateTimeOffset localNow)
        {
            if (serverDate.HasValue) Interlocked.Exchange(ref _offsetTicks, (serverDate.Value - localNow).Ticks);
        }

        /// <summary>The server's time now (the local clock when no answer has told it yet).</summary>
        public DateTimeOffset Now => DateTimeOffset.UtcNow + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
