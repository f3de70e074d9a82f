using Microsoft.Extensions.Time.Testing;

namespace Belajar.Directory.Tests;

/// <summary>
/// The gateway's clock in tests: every delay completes at once and is recorded; when an emulator clock is given,
/// it is advanced by the delay first (so a quota minute really passes).
/// </summary>
public sealed class ImmediateTimeProvider(FakeTimeProvider? emulatorClock = null) : TimeProvider
{
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => emulatorClock?.GetUtcNow() ?? base.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        emulatorClock?.Advance(dueTime);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
