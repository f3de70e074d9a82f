namespace Belajar.Domain.Planning;

/// <summary>
/// How many times one school lists its users between its accounts' creation and the deadline with
/// <c>Lifecycle:SignInDiscovery</c> = <c>Listing</c>: the school's adaptive sync period (<c>SyncCadence</c> in the grains,
/// docs/lifecycle.md "The period adapts") played for a school whose people sign in steadily for a while and then rarely.
/// Pure arithmetic for <see cref="NationalPlanner"/>.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Signing in (<see cref="PlanInput.SignInPhase"/> from the start): enough of its accounts change between syncs that the
/// period stays at <c>Lifecycle:SyncPeriod</c>.</item>
/// <item>Quiet afterwards: each sync finds nothing new, the period doubles up to <c>Lifecycle:SyncMaxPeriod</c>.</item>
/// <item>Closing in: before the deadline the period is at most half the time left, never below <c>SyncPeriod</c>.</item>
/// </list>
/// A school with no pending account stops (<c>Lifecycle:SyncStopsWhenSettled</c>); with a share of never-used accounts no school
/// of a realistic size settles before the deadline, so the plan counts every school until then. After the deadline a school
/// still waiting for checks keeps syncing at a doubling period from <c>SyncPeriod</c> until they have decided it; the plan
/// leaves those syncs out (a few per school over a sweep of days, against one list and one check per account).
/// </remarks>
public static class ListingSyncs
{
    /// <summary>The syncs of one school within <paramref name="span"/> before the deadline (its first one at the start).</summary>
    /// <param name="span">Time from the school's first sync to the deadline.</param>
    /// <param name="signInPhase">How long its period stays at <paramref name="shortest"/>.</param>
    /// <param name="shortest"><c>Lifecycle:SyncPeriod</c>.</param>
    /// <param name="longest"><c>Lifecycle:SyncMaxPeriod</c> (taken as <paramref name="shortest"/> when below it).</param>
    public static long BeforeDeadline(TimeSpan span, TimeSpan signInPhase, TimeSpan shortest, TimeSpan longest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(shortest, TimeSpan.Zero);
        longest = longest < shortest ? shortest : longest;
        long syncs = 0;
        var at = TimeSpan.Zero;
        var period = shortest;
        while (at < span)
        {
            syncs++;
            period = at < signInPhase ? shortest : Min(Twice(period), longest);
            var closing = (span - at) / 2;
            period = Min(period, closing < shortest ? shortest : closing);
            at += period;
        }

        return syncs;
    }

    private static TimeSpan Twice(TimeSpan period) => period > TimeSpan.MaxValue / 2 ? TimeSpan.MaxValue : period * 2;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
