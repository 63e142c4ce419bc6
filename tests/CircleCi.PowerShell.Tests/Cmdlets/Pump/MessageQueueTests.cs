using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Cmdlets.Pump;
using Xunit;

namespace CircleCi.PowerShell.Tests.Cmdlets.Pump
{
    public class MessageQueueTests
    {
        [Fact]
        public void Take_returns_messages_in_order_then_false_once_completed_and_drained()
        {
            using var queue = new MessageQueue<int>();
            queue.TryAdd(1);
            queue.TryAdd(2);
            queue.CompleteAdding();

            Assert.True(queue.Take(out int first, CancellationToken.None));
            Assert.True(queue.Take(out int second, CancellationToken.None));
            Assert.False(queue.Take(out _, CancellationToken.None));
            Assert.Equal((1, 2), (first, second));
        }

        [Fact]
        public void A_message_added_after_completion_is_dropped()
        {
            using var queue = new MessageQueue<string>();
            queue.CompleteAdding();

            Assert.False(queue.TryAdd("late"));
            Assert.False(queue.TryTake(out _));
        }

        [Fact]
        public void Take_waits_for_a_message_from_another_thread()
        {
            using var queue = new MessageQueue<int>();
            var producer = Task.Run(async () =>
            {
                await Task.Delay(50);
                queue.TryAdd(42);
            });

            Assert.True(queue.Take(out int value, CancellationToken.None));
            Assert.Equal(42, value);
            producer.Wait();
        }

        [Fact]
        public void Take_throws_when_cancelled_while_waiting()
        {
            using var queue = new MessageQueue<int>();
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

            Assert.ThrowsAny<OperationCanceledException>(() => queue.Take(out _, cancel.Token));
        }

        [Fact]
        public void Concurrent_producers_lose_no_message_and_the_reader_ends_after_completion()
        {
            // The lost-wake-up race (a message queued between the reader's last look and its wait) would hang
            // this reader or drop messages; many small producers make that interleaving likely.
            using var queue = new MessageQueue<int>();
            const int producers = 8, perProducer = 5000;
            var producing = Enumerable.Range(0, producers).Select(p => Task.Run(() =>
            {
                for (int i = 0; i < perProducer; i++) queue.TryAdd(p * perProducer + i);
            })).ToArray();
            Task.WhenAll(producing).ContinueWith(_ => queue.CompleteAdding(), TaskScheduler.Default);

            var received = new List<int>();
            var reader = Task.Run(() =>
            {
                while (queue.Take(out int value, CancellationToken.None)) received.Add(value);
            });

            Assert.True(reader.Wait(TimeSpan.FromSeconds(30)), "the reader did not see the end of the queue");
            Assert.Equal(producers * perProducer, received.Count);
            Assert.Equal(Enumerable.Range(0, producers * perProducer), received.OrderBy(v => v));
        }
    }
}
