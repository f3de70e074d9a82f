using Belajar.Domain.Planning;

namespace Belajar.Grains.Lifecycle;

/// <summary>
/// Whether <c>Lifecycle:DeactivationWindow</c> is long enough for the Directory quota: the accounts still waiting for their
/// deadline are checked within the window, each counted as never used (the bound), and the whole cluster may make
/// <c>Directory:QueriesPerMinute</c>. A check costs 2 queries (<c>users.get</c>, then <c>users.patch</c>), or 1 when it reuses
/// the read of its school's sync just after the deadline (<c>Lifecycle:SyncAfterDeadline</c>, while that read is at most
/// <c>Lifecycle:DeadlineStatusMaxAge</c> old): the rule of <see cref="DeadlineReadReuse"/>, shared with the national plan, with
/// the checks spread over the window and the reads at <c>Lifecycle:DeadlineSyncDelay</c> (the time the schools' syncs take is
/// not known here: at national scale they take hours, and the checks started before their school's read read for themselves).
/// A window that is too short only makes the checks wait on the quota at their priority (safe, but the last ones run after the
/// window, and other work waits behind them).
/// </summary>
public static class DeactivationWindowFit
{
    /// <summary>The queries one deadline check of a never-used account makes when it reads for itself.</summary>
    public const int CallsPerCheck = DeadlineReadReuse.CallsWithoutRead;

    /// <summary>
    /// The answer: the queries the checks need, how many the window allows, the shortest window that fits, and the average
    /// queries per check at the window given.
    /// </summary>
    public sealed record Result(long QueriesNeeded, long QueriesAllowed, TimeSpan WindowNeeded, bool Fits, double CallsPerCheck = CallsPerCheck);

    /// <summary>
    /// With the deadline settings of <paramref name="lifecycle"/> (window, sync after the deadline, its delay, the read's
    /// maximum age). <paramref name="queriesPerMinute"/> ≤ 0 means no limiter: everything fits.
    /// </summary>
    public static Result Of(long pendingAccounts, int queriesPerMinute, LifecycleOptions lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var maxAge = lifecycle.SyncAfterDeadline ? lifecycle.DeadlineStatusMaxAge : TimeSpan.Zero;
        return Of(pendingAccounts, queriesPerMinute, lifecycle.DeactivationWindow, lifecycle.DeadlineSyncDelay, maxAge);
    }

    /// <summary>
    /// Every check reading for itself (2 queries). <paramref name="queriesPerMinute"/> ≤ 0 means no limiter: everything fits.
    /// The window needed is rounded up to whole minutes.
    /// </summary>
    public static Result Of(long pendingAccounts, int queriesPerMinute, TimeSpan window) =>
        Of(pendingAccounts, queriesPerMinute, window, TimeSpan.Zero, TimeSpan.Zero);

    private static Result Of(long pendingAccounts, int queriesPerMinute, TimeSpan window, TimeSpan readAfter, TimeSpan maxAge)
    {
        var pending = Math.Max(0, pendingAccounts);
        var minutes = Math.Max(0, window.TotalMinutes);
        var calls = DeadlineReadReuse.CallsPerCheck(minutes, readAfter.TotalMinutes, maxAge.TotalMinutes);
        var needed = (long)Math.Ceiling(pending * calls);
        if (queriesPerMinute <= 0)
        {
            return new Result(needed, long.MaxValue, TimeSpan.Zero, Fits: true, calls);
        }

        var allowed = (long)Math.Floor(queriesPerMinute * minutes);
        var spread = DeadlineReadReuse.SpreadNeeded(pending, 0, queriesPerMinute, readAfter.TotalMinutes, maxAge.TotalMinutes);
        var neededMinutes = (long)Math.Ceiling(spread - 1e-9);
        while (pending * DeadlineReadReuse.CallsPerCheck(neededMinutes, readAfter.TotalMinutes, maxAge.TotalMinutes) > (double)queriesPerMinute * neededMinutes)
        {
            neededMinutes++; // the iteration's last digits: the first whole minute that fits
        }

        return new Result(needed, allowed, TimeSpan.FromMinutes(neededMinutes), needed <= allowed, calls);
    }
}
