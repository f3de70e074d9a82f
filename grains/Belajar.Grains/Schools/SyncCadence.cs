namespace Belajar.Grains.Schools;

/// <summary>
/// How long a school waits before its next periodic sync, from what its last sync found. Pure logic behind
/// <see cref="SchoolGrain"/>'s <c>sync</c> reminder (docs/lifecycle.md, "Activation sync").
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Busy: at least <see cref="BusyShare"/> of the accounts pending before the sync (Created or Distributed) changed
/// (signed in, activated, decided) → the shortest period, <c>Lifecycle:SyncPeriod</c>.</item>
/// <item>Quiet: none changed → twice the current period, up to <c>Lifecycle:SyncMaxPeriod</c>.</item>
/// <item>Some changed, fewer than the busy share → the current period.</item>
/// <item>Before the deadline the period is at most half the time left to <c>Lifecycle:ActivationDeadline</c> (never below the
/// shortest period), so that the syncs close in on it and the last one before it is at most one shortest period old: the
/// accounts it finds signed in end their deadline without a Google call of their own.</item>
/// </list>
/// With <c>SyncMaxPeriod</c> equal to <c>SyncPeriod</c> the period never changes.
/// <para>
/// One sync falls at its own time (<see cref="DueIn"/>, <c>Lifecycle:SyncAfterDeadline</c>): just after the deadline, at
/// <c>Lifecycle:ActivationDeadline</c> + <c>Lifecycle:DeadlineSyncDelay</c>. The accounts' own deadline checks are spread
/// over <c>Lifecycle:DeactivationWindow</c> from the deadline; a read made since the deadline stands in for each check's
/// <c>users.get</c> (<c>DeadlineStatusReuse</c>), so this one list call of the school (a page per 500 users) saves a query for
/// every account still pending then.
/// </para>
/// </remarks>
public static class SyncCadence
{
    /// <summary>The share of the pending accounts whose change makes a school busy (10 %).</summary>
    public const double BusyShare = 0.10;

    /// <summary>The period until the next sync.</summary>
    /// <param name="current">The period the school's reminder has now (the shortest period when it has none).</param>
    /// <param name="pendingBefore">Accounts pending (Created or Distributed) before the sync.</param>
    /// <param name="changed">Of those, the ones the sync changed.</param>
    /// <param name="now">The time of the sync.</param>
    /// <param name="deadline">The activation deadline.</param>
    /// <param name="shortest"><c>Lifecycle:SyncPeriod</c>.</param>
    /// <param name="longest"><c>Lifecycle:SyncMaxPeriod</c> (taken as <paramref name="shortest"/> when below it).</param>
    public static TimeSpan Next(
        TimeSpan current, int pendingBefore, int changed, DateTimeOffset now, DateTimeOffset deadline, TimeSpan shortest, TimeSpan longest)
    {
        longest = longest < shortest ? shortest : longest;
        var next = changed <= 0 ? Twice(current)
            : changed >= BusyShare * pendingBefore ? shortest
            : current;
        next = Clamp(next, shortest, longest);

        var left = deadline - now;
        if (left > TimeSpan.Zero)
        {
            var closing = left / 2 < shortest ? shortest : left / 2;
            next = next < closing ? next : closing;
        }

        return next;
    }

    /// <summary>
    /// How long until the next sync, <paramref name="planned"/> from now, or sooner when the sync just after the deadline
    /// (<paramref name="deadline"/> + <paramref name="afterDeadline"/>) falls before then. Only while the read made now is from
    /// before the deadline: the sync at or after it is that read. Null <paramref name="afterDeadline"/>: no such sync.
    /// </summary>
    /// <param name="planned">The period from <see cref="Next"/>, or the first sync's due time.</param>
    /// <param name="now">The time of the sync (or of the registration).</param>
    /// <param name="deadline">The activation deadline.</param>
    /// <param name="afterDeadline">
    /// <c>Lifecycle:DeadlineSyncDelay</c>, or null when there is no such sync (turned off, or no check would reuse the read).
    /// </param>
    public static TimeSpan DueIn(TimeSpan planned, DateTimeOffset now, DateTimeOffset deadline, TimeSpan? afterDeadline)
    {
        if (afterDeadline is not { } delay || now >= deadline)
        {
            return planned;
        }

        var untilThen = deadline + delay - now;
        return untilThen < planned ? untilThen : planned;
    }

    /// <summary>
    /// The school's <c>sync</c> reminder when sign-ins come from the login activities (<c>Lifecycle:SignInDiscovery</c> =
    /// <c>Activities</c>): the periodic listing is not needed to find sign-ins, so the only scheduled sync is the one just after
    /// the deadline (<paramref name="afterDeadline"/> after <paramref name="deadline"/>) that the deadline checks reuse.
    /// </summary>
    /// <param name="now">The time of the tick (or of the registration).</param>
    /// <param name="deadline">The activation deadline.</param>
    /// <param name="afterDeadline"><c>Lifecycle:DeadlineSyncDelay</c>, or null when there is no sync after the deadline.</param>
    /// <param name="longest">
    /// <c>Lifecycle:SyncMaxPeriod</c>: the furthest a reminder is set ahead (Orleans caps a reminder's period), so a school waits
    /// for a far deadline in ticks of at most this length, each without a Google call.
    /// </param>
    /// <returns>
    /// Whether to list now (at or after the sync's time), and when the reminder fires next (null: no further scheduled sync, the
    /// reminder goes).
    /// </returns>
    public static ActivitiesSyncPlan WithActivities(DateTimeOffset now, DateTimeOffset deadline, TimeSpan? afterDeadline, TimeSpan longest)
    {
        if (afterDeadline is not { } delay)
        {
            return new ActivitiesSyncPlan(false, null);
        }

        var left = deadline + delay - now;
        return left <= TimeSpan.Zero ? new ActivitiesSyncPlan(true, null) : new ActivitiesSyncPlan(false, left < longest ? left : longest);
    }

    private static TimeSpan Twice(TimeSpan period) => period > TimeSpan.MaxValue / 2 ? TimeSpan.MaxValue : period * 2;

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}

/// <summary>What a school's <c>sync</c> reminder does with sign-ins found from the login activities (<see cref="SyncCadence.WithActivities"/>).</summary>
/// <param name="SyncNow">List the school's users now: this is the sync just after the deadline.</param>
/// <param name="NextIn">When the reminder fires next; null when no scheduled sync is left (the reminder goes).</param>
public readonly record struct ActivitiesSyncPlan(bool SyncNow, TimeSpan? NextIn);
