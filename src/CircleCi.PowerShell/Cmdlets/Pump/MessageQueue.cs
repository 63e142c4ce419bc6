using System;
using System.Collections.Concurrent;
using System.Threading;

namespace CircleCi.PowerShell.Cmdlets.Pump
{
    /// <summary>
    /// The queue that carries messages from thread-pool work to the pipeline thread, which blocks on it while the
    /// work runs. Written here rather than using BlockingCollection because that one waits in SemaphoreSlim, which
    /// spins (with yields) before it blocks: profiling a 250-page listing showed the waiting pipeline thread burning
    /// about as much CPU as the HTTP work it waited for, taken from that work on a 2-core machine. This one parks the
    /// pipeline thread at once (an event with no spinning), so the CPU goes to the requests.
    /// </summary>
    internal sealed class MessageQueue<T> : IDisposable
    {
        private readonly ConcurrentQueue<T> _items = new ConcurrentQueue<T>();
        private readonly ManualResetEventSlim _signal = new ManualResetEventSlim(false, spinCount: 0);
        private volatile bool _completed;

        /// <summary>Queues a message and wakes the reader; after <see cref="CompleteAdding"/> the message is dropped.</summary>
        public bool TryAdd(T item)
        {
            if (_completed) return false;
            _items.Enqueue(item);
            Wake();
            return true;
        }

        /// <summary>No more messages: the reader drains what is left and then stops waiting.</summary>
        public void CompleteAdding()
        {
            _completed = true;
            Wake();
        }

        public bool TryTake(out T item) => _items.TryDequeue(out item!);

        /// <summary>
        /// The next message, waiting for it without spinning; false once adding is completed and the queue is empty.
        /// Throws OperationCanceledException when <paramref name="cancellationToken"/> is cancelled while waiting.
        /// </summary>
        public bool Take(out T item, CancellationToken cancellationToken)
        {
            while (true)
            {
                if (_items.TryDequeue(out item!)) return true;
                // Completed is read before the last look, so a message queued just before completion is not lost.
                if (_completed) return _items.TryDequeue(out item!);
                _signal.Wait(cancellationToken);
                // Reset before looking again: a message queued after this point sets the signal anew.
                _signal.Reset();
            }
        }

        private void Wake()
        {
            try
            {
                _signal.Set();
            }
            catch (ObjectDisposedException)
            {
                // The reader has gone (the command ended); nobody is left to wake.
            }
        }

        public void Dispose()
        {
            _completed = true;
            _signal.Dispose();
        }
    }
}
