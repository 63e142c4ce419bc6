using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// Lets a cmdlet that takes piped input work on several input objects at once (up to a throttle limit) while
    /// writing results strictly in input order, from the pipeline thread only. Each input's fetch runs on the thread
    /// pool; its verbose/debug/warning messages and its completion wake the pipeline thread through one queue, so
    /// nothing is polled. Used by Get-CircleWorkflow and Get-CircleJob: a crawl of pipelines, workflows and jobs
    /// overlaps its round trips instead of paying each one in turn.
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
        private readonly Action<T>? _onItem;
        private readonly Queue<Pending> _pending = new Queue<Pending>();
        private readonly MessageQueue<(CmdletLog.Kind, object)> _messages = new MessageQueue<(CmdletLog.Kind, object)>();
        private readonly CmdletLog _log;
        private readonly CircleSession _session;
        private readonly CancellationToken _stop;

        public OrderedPrefetch(CircleCmdlet cmdlet, int limit, CancellationToken stop, Action<T>? onItem = null)
        {
            _cmdlet = cmdlet;
            _limit = Math.Max(1, limit);
            _onItem = onItem;
            _stop = stop;
            _session = cmdlet.CurrentSession;
            _log = new CmdletLog(_messages, cmdlet.VerboseEnabled, cmdlet.DebugEnabled);
        }

        /// <summary>Starts the fetch for one input; first writes whatever earlier inputs have finished, in order.
        /// <paramref name="onItem"/> (else the constructor's) runs on the pipeline thread for each of its items.</summary>
        public void Add(object? target, Func<CircleSession, ICircleLog, CancellationToken, Task<IReadOnlyList<T>>> fetch, Action<T>? onItem = null)
        {
            while (_pending.Count >= _limit) WriteHead();
            Task<IReadOnlyList<T>> work = Task.Run(() => fetch(_session, _log, _stop));
            // A finished fetch wakes the pipeline thread like a message does.
            work.ContinueWith(_ => TryAdd((CmdletLog.Kind.Wake, string.Empty)), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            _pending.Enqueue(new Pending(target, work, onItem ?? _onItem));
            WriteMessages();
            while (_pending.Count > 0 && _pending.Peek().Work.IsCompleted) WriteHead();
        }

        /// <summary>Writes everything still pending, in order (call from EndProcessing).</summary>
        public void Complete()
        {
            while (_pending.Count > 0) WriteHead();
            WriteMessages();
        }

        private void WriteHead()
        {
            Pending head = _pending.Peek();
            while (!head.Work.IsCompleted)
            {
                (CmdletLog.Kind, object) message;
                try
                {
                    // The head's fetch posts a Wake when it ends, so this wait always returns.
                    if (!_messages.Take(out message, _stop)) break;
                }
                catch (OperationCanceledException)
                {
                    throw new PipelineStoppedException();
                }
                _cmdlet.WriteLogMessage(message);
            }
            _pending.Dequeue();
            WriteMessages();
            try
            {
                foreach (T item in head.Work.GetAwaiter().GetResult())
                {
                    head.OnItem?.Invoke(item);
                    _cmdlet.WriteObject(item);
                }
            }
            catch (CircleApiException ex)
            {
                _cmdlet.WriteError(CircleCmdlet.ToErrorRecord(ex, head.Target));
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        private void WriteMessages()
        {
            while (_messages.TryTake(out var message)) _cmdlet.WriteLogMessage(message);
        }

        private void TryAdd((CmdletLog.Kind, object) message)
        {
            _messages.TryAdd(message); // dropped once the cmdlet ended
        }

        public void Dispose()
        {
            _messages.CompleteAdding();
            _messages.Dispose();
        }
    }
}
