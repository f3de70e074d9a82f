namespace Belajar.Benchmarks;

/// <summary>
/// The programme's simulated clock: it moves only when <see cref="AdvanceTo"/> is called, and then in one jump. Time is set to
/// the target first, then every timer due by then fires once, in the order of its due time (then of its creation), outside the
/// clock's lock. Whatever runs meanwhile on the silos' threads reads either the time before the jump or the target, never a
/// time in between: a wait armed during a jump, or a loop that reads the time when it wakes (Orleans' reminder list refresh
/// takes its next due time from it), lands on a time the <see cref="HeldClock"/> knows. A timer whose due time passed fires
/// once; a periodic one is due again a period after its due time, or a period after the target when that passed too (a step
/// fires it once, as a thread-pool timer that fell behind). A timer created or changed with a zero due time fires at once, on
/// the caller's thread.
/// </summary>
internal sealed class ProgrammeClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<(Timer Timer, long Version), (long Due, long Order)> _due = new();
    private long _now = start.UtcTicks;
    private long _order;

    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _now), TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Volatile.Read(ref _now);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Sets the time to <paramref name="target"/>, then fires every timer due by then.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        var fired = new List<(Timer Timer, long Version, long Due)>();
        lock (_gate)
        {
            if (target.UtcTicks < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(target), target, $"The clock is at {GetUtcNow():O} and does not go back.");
            }

            Volatile.Write(ref _now, target.UtcTicks);
            while (_due.TryPeek(out var entry, out var at) && at.Due <= _now)
            {
                _due.Dequeue();
                if (entry.Timer.Version == entry.Version)
                {
                    fired.Add((entry.Timer, entry.Version, at.Due));
                }
            }
        }

        foreach (var (timer, version, due) in fired)
        {
            timer.Fire(version, due);
        }
    }

    private void Schedule(Timer timer, long version, long due) => _due.Enqueue((timer, version), (due, _order++));

    private sealed class Timer(ProgrammeClock clock, TimerCallback callback, object? state) : ITimer
    {
        private long _period = -1;

        /// <summary>Moves on at every change and at disposal: a queued firing of an older version is dropped.</summary>
        public long Version { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool now;
            lock (clock._gate)
            {
                if (Version < 0)
                {
                    return false;
                }

                Version++;
                _period = period == Timeout.InfiniteTimeSpan ? -1 : period.Ticks;
                now = dueTime == TimeSpan.Zero;
                if (!now && dueTime != Timeout.InfiniteTimeSpan)
                {
                    clock.Schedule(this, Version, clock._now + dueTime.Ticks);
                }
            }

            if (now)
            {
                Fire(Version, clock._now);
            }

            return true;
        }

        public void Fire(long version, long due)
        {
            lock (clock._gate)
            {
                if (Version != version)
                {
                    return;
                }

                if (_period > 0)
                {
                    var next = due + _period;
                    clock.Schedule(this, version, next > clock._now ? next : clock._now + _period);
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                Version = -1;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
