using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Cmdlets.Pump;
using Xunit;

namespace CircleCi.PowerShell.Tests.Cmdlets.Pump
{
    public class CmdletPumpTests
    {
        [Fact]
        public void Each_message_writes_itself_to_its_own_stream_in_the_order_posted_and_only_on_the_pipeline_thread()
        {
            var writer = new RecordingWriter();
            using var pump = new CmdletPump(writer, verbose: true, debug: true, CancellationToken.None);

            int result = pump.Finish(pump.Start(async (log, ct) =>
            {
                await Task.Yield();
                log.Verbose("v");
                log.Debug("d");
                log.Warning("w");
                log.Progress(new ProgressRecord(1, "a", "p"));
                log.Output("o");
                log.Error(new ErrorRecord(new Exception(), "Some.Id", ErrorCategory.InvalidData, null));
                log.Host("h");
                return 42;
            }));

            Assert.Equal(42, result);
            Assert.Equal(new[] { "Verbose:v", "Debug:d", "Warning:w", "Progress:p", "Output:o", "Error:Some.Id", "Host:h" }, writer.Writes);
            Assert.Equal(new[] { Environment.CurrentManagedThreadId }, writer.Threads.Distinct());
        }

        [Fact]
        public void Verbose_and_debug_are_not_even_queued_when_off()
        {
            var writer = new RecordingWriter();
            using var pump = new CmdletPump(writer, verbose: false, debug: false, CancellationToken.None);
            pump.Finish(pump.Start((log, ct) => { log.Verbose("v"); log.Debug("d"); log.Warning("w"); return Task.FromResult(0); }));
            Assert.Equal(new[] { "Warning:w" }, writer.Writes);
        }

        [Fact]
        public void Writing_from_another_thread_is_refused()
        {
            using var pump = new CmdletPump(new RecordingWriter(), false, false, CancellationToken.None);
            Task<int> work = pump.Start((log, ct) => Task.FromResult(1));
            Exception? error = null;
            // A thread of its own: waiting on a Task.Run task could run it inline, on this very thread.
            var other = new Thread(() => error = Record(() => pump.Finish(work)));
            other.Start();
            other.Join();
            Assert.IsType<InvalidOperationException>(error);
        }

        [Fact]
        public void Stop_cancels_work_in_flight_and_ends_with_PipelineStoppedException()
        {
            using var stop = new CancellationTokenSource();
            using var pump = new CmdletPump(new RecordingWriter(), false, false, stop.Token);
            var started = new TaskCompletionSource<bool>();
            bool sawCancellation = false;
            Task<int> work = pump.Start(async (log, ct) =>
            {
                started.SetResult(true);
                try { await Task.Delay(Timeout.Infinite, ct); }
                catch (OperationCanceledException) { sawCancellation = true; throw; }
                return 0;
            });
            started.Task.Wait();
            stop.CancelAfter(50);

            var watch = Stopwatch.StartNew();
            Assert.Throws<PipelineStoppedException>(() => pump.Finish(work));
            // A generous bound: the point is that the wait ends with the stop, not when the work would have.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
            Assert.True(sawCancellation);
        }

        [Fact]
        public void A_write_that_throws_cancels_the_work_and_waits_for_it_to_clean_up_before_rethrowing()
        {
            var writer = new RecordingWriter { ThrowOnObject = new PipelineStoppedException() };
            using var pump = new CmdletPump(writer, false, false, CancellationToken.None);
            bool cleanedUp = false;
            Task<int> work = pump.Start(async (log, ct) =>
            {
                try
                {
                    log.Output("first");
                    await Task.Delay(Timeout.Infinite, ct);
                    return 0;
                }
                finally
                {
                    await Task.Delay(20, CancellationToken.None);
                    cleanedUp = true;
                }
            });

            Assert.Throws<PipelineStoppedException>(() => pump.Finish(work));
            Assert.True(cleanedUp);
            Assert.True(work.IsCanceled);
        }

        [Fact]
        public void The_works_own_failure_passes_through_after_its_messages()
        {
            var writer = new RecordingWriter();
            using var pump = new CmdletPump(writer, false, false, CancellationToken.None);
            Task<int> work = pump.Start<int>(async (log, ct) =>
            {
                await Task.Yield();
                log.Warning("before");
                throw new TimeoutException("boom");
            });
            Assert.Throws<TimeoutException>(() => pump.Finish(work));
            Assert.Equal(new[] { "Warning:before" }, writer.Writes);
        }

        [Fact]
        public void A_message_posted_after_the_pump_ended_is_dropped_quietly()
        {
            var writer = new RecordingWriter();
            var pump = new CmdletPump(writer, false, false, CancellationToken.None);
            CmdletLog log = pump.Log;
            pump.Dispose();
            log.Warning("late");
            Assert.True(pump.Token.IsCancellationRequested);
            Assert.Empty(writer.Writes);
        }

        private static Exception? Record(Action action)
        {
            try { action(); return null; }
            catch (Exception ex) { return ex; }
        }
    }
}
