namespace Belajar.Grains.Lifecycle;

/// <summary>
/// Whether <c>Lifecycle:DeactivationWindow</c> is long enough for the Directory quota: the accounts still waiting for their
/// deadline are checked within the window, each check costing <see cref="CallsPerCheck"/> queries at most (<c>users.get</c>,
/// then <c>users.patch</c> for a never-used account), and the whole cluster may make <c>Directory:QueriesPerMinute</c>.
/// A window that is too short only makes the checks wait on the quota at Bulk priority (safe, but the last ones run after the
/// window, and other Bulk work waits behind them).
/// </summary>
public static class DeactivationWindowFit
{
    /// <summary>The queries one deadline check of a never-used account makes.</summary>
    public const int CallsPerCheck = 2;

    /// <summary>The answer: the queries the checks need, how many the window allows, and the shortest window that fits.</summary>
    public sealed record Result(long QueriesNeeded, long QueriesAllowed, TimeSpan WindowNeeded, bool Fits);

    /// <summary>
    /// <paramref name="queriesPerMinute"/> ≤ 0 means no limiter: everything fits. The window needed is rounded up to whole
    /// minutes.
    /// </summary>
    public static Result Of(long pendingAccounts, int queriesPerMinute, TimeSpan window)
    {
        var needed = Math.Max(0, pendingAccounts) * CallsPerCheck;
        if (queriesPerMinute <= 0)
        {
            return new Result(needed, long.MaxValue, TimeSpan.Zero, Fits: true);
        }

        var allowed = (long)Math.Floor(queriesPerMinute * Math.Max(0, window.TotalMinutes));
        var minutes = (needed + queriesPerMinute - 1) / queriesPerMinute;
        return new Result(needed, allowed, TimeSpan.FromMinutes(minutes), needed <= allowed);
    }
}
