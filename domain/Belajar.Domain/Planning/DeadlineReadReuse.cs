namespace Belajar.Domain.Planning;

/// <summary>
/// What a never-used account's deadline check costs when its school syncs once just after the deadline
/// (<c>Lifecycle:SyncAfterDeadline</c>): the check decides on that read instead of its own <c>users.get</c> when the read was
/// made before the check starts and is at most <c>Lifecycle:DeadlineStatusMaxAge</c> old then (docs/lifecycle.md, "The status
/// the check decides on"). Pure arithmetic shared by <see cref="NationalPlanner"/> and the silo's start-up window check.
/// </summary>
/// <remarks>
/// Model: the checks start evenly over <c>spread</c> from the deadline (<c>Lifecycle:DeactivationWindow</c>, or the sweep's
/// length when the window is sized to the quota); every school's read is taken to come at <c>readAfter</c> after the deadline
/// (<c>Lifecycle:DeadlineSyncDelay</c>, plus the time the syncs themselves take when that is known). A check started in
/// [<c>readAfter</c>, <c>readAfter</c> + <c>maxAge</c>] reuses the read and costs 1 query (<c>users.patch</c>); any other reads
/// first and costs 2 (<c>users.get</c>, <c>users.patch</c>). A used account costs less either way; counting every pending
/// account as never used is the bound the callers want.
/// </remarks>
public static class DeadlineReadReuse
{
    /// <summary>Queries of a check that reads for itself.</summary>
    public const int CallsWithoutRead = 2;

    /// <summary>
    /// The share (0 to 1) of the checks that decide on the school's read. All arguments in one unit of time; zero or negative
    /// <paramref name="maxAge"/> (no reuse, or no sync after the deadline): 0. A zero <paramref name="spread"/> starts every check
    /// at the deadline: they reuse only a read made at it.
    /// </summary>
    public static double Share(double spread, double readAfter, double maxAge)
    {
        if (maxAge <= 0 || double.IsNaN(spread))
        {
            return 0;
        }

        readAfter = Math.Max(0, readAfter);
        if (spread <= 0)
        {
            return readAfter <= 0 ? 1 : 0;
        }

        var covered = Math.Min(spread, readAfter + maxAge) - readAfter;
        return Math.Clamp(covered / spread, 0, 1);
    }

    /// <summary>The average queries per never-used account's check: 2 less the share that reuses the read (1 to 2).</summary>
    public static double CallsPerCheck(double spread, double readAfter, double maxAge) =>
        CallsWithoutRead - Share(spread, readAfter, maxAge);

    /// <summary>
    /// The shortest <c>spread</c> (same unit as <paramref name="queriesPerUnit"/>'s) within which <paramref name="checks"/> checks
    /// and <paramref name="otherQueries"/> fit the rate: <c>checks × CallsPerCheck(spread) + otherQueries ≤ rate × spread</c>.
    /// The cost per check depends on the spread, so this is found by iterating from the cost at one query a check (it converges:
    /// the cost moves less than the spread does).
    /// </summary>
    public static double SpreadNeeded(long checks, long otherQueries, double queriesPerUnit, double readAfter, double maxAge)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(queriesPerUnit);
        checks = Math.Max(0, checks);
        var spread = (Math.Max(0, otherQueries) + (double)checks) / queriesPerUnit;
        for (var i = 0; i < 200; i++)
        {
            var next = (Math.Max(0, otherQueries) + checks * CallsPerCheck(spread, readAfter, maxAge)) / queriesPerUnit;
            if (Math.Abs(next - spread) <= 1e-12 * Math.Max(1, spread))
            {
                return next;
            }

            spread = next;
        }

        return spread;
    }
}
