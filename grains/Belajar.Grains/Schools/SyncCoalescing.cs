namespace Belajar.Grains.Schools;

/// <summary>
/// When a school's on-demand sync may start: not within the minimum interval of the last one started on demand, whoever asked
/// through whichever api replica, so that requests coalesce into one sync per interval. Pure logic: the school grain keeps
/// the time (it is one activation in the cluster). The periodic sync does not count: it follows its own schedule.
/// </summary>
public static class SyncCoalescing
{
    /// <summary>How long until a sync may start; zero when it may now (also when the interval is zero: no limit).</summary>
    public static TimeSpan WaitFor(DateTimeOffset? lastStarted, TimeSpan minimumInterval, DateTimeOffset now)
    {
        if (minimumInterval <= TimeSpan.Zero || lastStarted is null)
        {
            return TimeSpan.Zero;
        }

        var wait = lastStarted.Value + minimumInterval - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
