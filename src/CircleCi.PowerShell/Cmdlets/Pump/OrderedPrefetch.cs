using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets.Pump
{
    /// <summary>
    /// Lets a cmdlet that takes piped input work on several input objects at once (up to a throttle limit) while
    /// writing results strictly in input order, from the pipeline thread only. Each input's fetch is work on one
    /// <see cref="CmdletPump"/>: its messages and its end wake the pipeline thread, so nothing is polled. Used by
    /// Get-CircleWorkflow and Get-CircleJob: a crawl of pipelines, workflows and jobs overlaps its round trips
    /// instead of paying each one in turn.
    /// </summary>
    internal sealed class OrderedPrefetch<T> : IDisposable
    {
        private sealed class Pending
        {
            public Pending(object? target, Task<IReadOnlyList<T>> work, Action<T>? onItem) { Target = target; Work = work; OnItem = onItem; }
            public object? Target { get; }
            public Action<T>? OnItem { get; }
            public Task<IReadOnlyList<T>> Work { get; }
        }

        private readonly CircleCmdlet _cmdlet;
        private readonly int _limit;
        private readonly Queue<Pending> _pending = new Queue<Pending>();
        private readonly CmdletPump _pump;
        private readonly CircleSession _session;

        public OrderedPrefetch(CircleCmdlet cmdlet, int limit)
        {
            _cmdlet = cmdlet;
            _limit = Math.Max(1, limit);
            _session = cmdlet.CurrentSession;
            _pump = cmdlet.NewPump();
        }

        /// <summary>Starts the fetch for one input; first writes whatever earlier inputs have finished, in order.
        /// <paramref name="onItem"/> runs on the pipeline thread for each of its items.</summary>
        public void Add(object? target, Func<CircleSession, ICircleLog, CancellationToken, Task<IReadOnlyList<T>>> fetch, Action<T>? onItem = null)
        {
            while (_pending.Count >= _limit) WriteHead();
            Task<IReadOnlyList<T>> work = _pump.Start((log, ct) => fetch(_session, log, ct));
            _pending.Enqueue(new Pending(target, work, onItem));
            _pump.WriteQueued();
            while (_pending.Count > 0 && _pending.Peek().Work.IsCompleted) WriteHead();
        }

        /// <summary>Writes everything still pending, in order (call from EndProcessing).</summary>
        public void Complete()
        {
            while (_pending.Count > 0) WriteHead();
            _pump.WriteQueued();
        }

        private void WriteHead()
        {
            Pending head = _pending.Dequeue();
            IReadOnlyList<T> items;
            try
            {
                items = _pump.Finish(head.Work);
            }
            catch (CircleApiException ex)
            {
                _cmdlet.WriteError(CircleCmdlet.ToErrorRecord(ex, head.Target));
                return;
            }
            foreach (T item in items)
            {
                head.OnItem?.Invoke(item);
                _cmdlet.WriteObject(item);
            }
        }

        public void Dispose() => _pump.Dispose();
    }
}
