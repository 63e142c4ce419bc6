using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace CircleCi.PowerShell.Cmdlets.Pump
{
    /// <summary>
    /// The one way a cmdlet runs async work: <see cref="Start{T}"/> runs it on the thread pool with a
    /// <see cref="CmdletLog"/> that posts typed messages, and the pipeline thread (the one that made the pump, the only
    /// one that may call Write*) writes them as they come while it waits (<see cref="Finish{T}"/>,
    /// <see cref="WriteUntil"/>). The paging read-ahead (<see cref="PageReader{T}"/>), the ordered prefetch of piped
    /// lists (<see cref="OrderedPrefetch{T}"/>) and the parallel downloads all feed one of these.
    /// Ctrl+C (the cmdlet's stop token) cancels every piece of work at once and ends the wait with PipelineStoppedException;
    /// a write that throws (Select-Object -First is satisfied) cancels the work too, and waits for it to clean up.
    /// </summary>
    internal sealed class CmdletPump : IDisposable
    {
        private readonly MessageQueue<PumpMessage> _queue = new MessageQueue<PumpMessage>();
        private readonly CancellationTokenSource _cancel;
        private readonly IPumpWriter _writer;
        private readonly int _pipelineThread = Environment.CurrentManagedThreadId;

        public CmdletPump(IPumpWriter writer, bool verbose, bool debug, CancellationToken stop)
        {
            _writer = writer;
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
            Token = _cancel.Token;
            Log = new CmdletLog(_queue, verbose, debug);
        }

        /// <summary>Where the work posts its messages.</summary>
        public CmdletLog Log { get; }

        /// <summary>Cancelled by Ctrl+C, by a write that failed, and when the pump is disposed.</summary>
        public CancellationToken Token { get; }

        /// <summary>Starts work on the thread pool without waiting for it; its end wakes the pipeline thread.</summary>
        public Task<T> Start<T>(Func<CmdletLog, CancellationToken, Task<T>> work)
        {
            Task<T> task = Task.Run(() => work(Log, Token));
            task.ContinueWith(_ => Log.Post(WakeMessage.Instance), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return task;
        }

        /// <summary>Writes the messages of all the pump's work until <paramref name="task"/> has ended; returns its result.
        /// Cancellation by Ctrl+C comes out as PipelineStoppedException; the work's own failures pass through.</summary>
        public T Finish<T>(Task<T> task)
        {
            WriteUntil(task);
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (Token.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Writes messages as they come, parked without spinning between them, until <paramref name="task"/> has ended
        /// (everything it posted before it ended is written too).</summary>
        public void WriteUntil(Task task)
        {
            CheckPipelineThread();
            try
            {
                while (!task.IsCompleted)
                {
                    // The task posts a wake-up when it ends, so this wait always returns.
                    if (!_queue.Take(out PumpMessage message, Token)) break;
                    message.WriteTo(_writer);
                }
                WriteQueued();
            }
            catch (OperationCanceledException) when (Token.IsCancellationRequested)
            {
                WaitQuietly(task);
                throw new PipelineStoppedException();
            }
            catch (Exception)
            {
                // Writing failed (e.g. Select-Object -First is satisfied): stop the work and let it clean up first.
                _cancel.Cancel();
                WaitQuietly(task);
                throw;
            }
        }

        /// <summary>Writes the messages already posted, without waiting for more.</summary>
        public void WriteQueued()
        {
            CheckPipelineThread();
            while (_queue.TryTake(out PumpMessage message)) message.WriteTo(_writer);
        }

        private void CheckPipelineThread()
        {
            if (Environment.CurrentManagedThreadId != _pipelineThread)
                throw new InvalidOperationException("A pump's messages are written only on the pipeline thread that made it.");
        }

        private static void WaitQuietly(Task task)
        {
            try { task.Wait(); } catch (AggregateException) { }
        }

        public void Dispose()
        {
            // Work still running has nobody to report to (e.g. prefetched lists after Select-Object -First): cancel it.
            // Cancelled first, so that work still winding down finds its token cancelled rather than disposed.
            _cancel.Cancel();
            _cancel.Dispose();
            _queue.Dispose();
        }
    }
}
