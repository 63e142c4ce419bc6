using System.Diagnostics;

namespace CircleCi.Emulator.State;

/// <summary>
/// The emulator's time for the CI model: jobs progress by this clock, never by real waiting. It runs at
/// <see cref="Speed"/> times real time (0 freezes it) and tests jump it forward with <see cref="Advance"/>.
/// Thread-safe on its own (it is read outside the state lock too).
/// </summary>
public sealed class EmulatorClock
{
    private readonly object _sync = new();
    private readonly Stopwatch _real = Stopwatch.StartNew();
    private DateTime _virtualAtMark;
    private TimeSpan _realAtMark;
    private double _speed = 1;

    public EmulatorClock(DateTime start) => Reset(start);

    public DateTime Now
    {
        get
        {
            lock (_sync) return _virtualAtMark + TimeSpan.FromTicks((long)((_real.Elapsed - _realAtMark).Ticks * _speed));
        }
    }

    /// <summary>Virtual seconds per real second.</summary>
    public double Speed
    {
        get { lock (_sync) return _speed; }
        set
        {
            if (value < 0 || double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), "Speed must be 0 or more.");
            lock (_sync)
            {
                Mark();
                _speed = value;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        lock (_sync)
        {
            Mark();
            _virtualAtMark += by;
        }
    }

    /// <summary>Back to <paramref name="start"/> at real speed.</summary>
    public void Reset(DateTime start)
    {
        lock (_sync)
        {
            _virtualAtMark = start;
            _realAtMark = _real.Elapsed;
            _speed = 1;
        }
    }

    private void Mark()
    {
        var real = _real.Elapsed;
        _virtualAtMark += TimeSpan.FromTicks((long)((real - _realAtMark).Ticks * _speed));
        _realAtMark = real;
    }
}
