namespace Belajar.Domain.Planning;

/// <summary>
/// The national timeline at a Directory quota: how long provisioning takes, what the syncs cost a day, how long the deadline
/// sweep takes, and when each finishes. Pure arithmetic on documented costs:
/// <list type="bullet">
/// <item>provisioning: 1 query per account (<c>users.insert</c>);</item>
/// <item>sync: every school lists its users every <see cref="PlanInput.SyncPeriod"/>, one query per page of
/// <see cref="PlanInput.PageSize"/> users (a school's pages from the average accounts per school), from the start of the run
/// to the deadline;</item>
/// <item>deadline: <see cref="PlanInput.DeadlineCallsPerAccount"/> queries per never-used account
/// (<see cref="PlanInput.NeverUsedShare"/> of them).</item>
/// </list>
/// The syncs are served first (interactive calls are few and left out); provisioning and the sweep get what the syncs leave,
/// but never less than their guaranteed share (<see cref="PlanInput.BulkShare"/>, <see cref="PlanInput.DeadlineShare"/>), as the
/// silos divide the quota.
/// </summary>
public static class NationalPlanner
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Plans <paramref name="input"/> at its quota.</summary>
    public static NationalPlan Plan(PlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Accounts);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Schools);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.QueriesPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.PageSize);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.SyncPeriod, TimeSpan.Zero);
        if (input.NeverUsedShare is < 0 or > 1 || input.BulkShare is <= 0 or > 1 || input.DeadlineShare is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(input), "NeverUsedShare must be 0 to 1, BulkShare and DeadlineShare above 0 and at most 1.");
        }

        long perDay = (long)input.QueriesPerMinute * MinutesPerDay;
        var syncsPerDay = TimeSpan.FromDays(1) / input.SyncPeriod;
        var pagesPerSchool = input.Schools == 0 ? 0 : Math.Max(1, (long)Math.Ceiling((double)input.Accounts / input.Schools / input.PageSize));
        var syncPerDay = (long)Math.Ceiling(input.Schools * pagesPerSchool * syncsPerDay);
        var left = Math.Max(0, perDay - syncPerDay);

        var provisioning = input.Accounts;
        var provisioningDays = provisioning / Math.Max(left, input.BulkShare * perDay);
        var provisioningEnds = input.Start + TimeSpan.FromDays(provisioningDays);

        var sweep = (long)Math.Ceiling(input.Accounts * input.NeverUsedShare) * input.DeadlineCallsPerAccount;
        var sweepDays = sweep / Math.Max(left, input.DeadlineShare * perDay);
        var sweepStarts = input.Deadline > provisioningEnds ? input.Deadline : provisioningEnds;
        return new NationalPlan(
            input.QueriesPerMinute, perDay, syncsPerDay, syncPerDay, provisioning, provisioningDays, provisioningEnds,
            sweep, sweepDays, sweepStarts + TimeSpan.FromDays(sweepDays));
    }
}
