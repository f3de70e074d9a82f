namespace Belajar.Grains.Schools;

/// <summary>
/// When a school's on-demand sync may start: not within the minimum interval of the last one asked for nor of the last sync that
/// ran (on demand or the periodic one), so that requests from every api replica, every actor and the reminder coalesce into one
/// sync per interval. Pure logic: the school grain keeps the times (it is one activation in the cluster).
/// </summary>
public static class SyncCoalescing
{
    /// <summary>How long until a sync may start; zero when it may now (also when the interval is zero: no limit).</summary>
    public static TimeSpan WaitFor(DateTimeOffset? lastRequested, DateTimeOffset? lastSynced, TimeSpan minimumInterval, DateTimeOffset now)
    {
        if (minimumInterval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var last = Later(lastRequested, lastSynced);
        if (last is null)
        {
            return TimeSpan.Zero;
        }

        var wait = last.Value + minimumInterval - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
