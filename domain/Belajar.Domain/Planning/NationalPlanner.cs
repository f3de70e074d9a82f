namespace Belajar.Domain.Planning;

/// <summary>
/// The national timeline at a Directory quota: what the syncs cost, how long provisioning takes, what the deadline costs and
/// how long its sweep takes, and the Directory queries per account over the programme. Pure arithmetic on documented costs
/// (docs/rules.md, "National plan"):
/// <list type="bullet">
/// <item>provisioning: 1 query per account (<c>users.insert</c>);</item>
/// <item>listing (<see cref="PlanInput.SignInsFromActivities"/> off): a school lists one query per page of
/// <see cref="PlanInput.PageSize"/> users (pages from the average accounts per school) at its adaptive period
/// (<see cref="ListingSyncs"/>): every <see cref="PlanInput.SyncPeriod"/> while its people sign in (the peak), then less and
/// less often, closing in on the deadline; while provisioning runs only the schools created so far sync, half the peak on
/// average (at most: a school created earlier than <see cref="PlanInput.SignInPhase"/> before has calmed down);</item>
/// <item>login activities (<see cref="PlanInput.SignInsFromActivities"/> on): no periodic listing; one
/// <c>activities.list</c> read per <see cref="PlanInput.SignInDiscoveryPeriod"/> on the Reports quota (plus one request per
/// 1,000 sign-ins in a read, not counted);</item>
/// <item>deadline: with <see cref="PlanInput.SyncAfterDeadline"/> (and <see cref="PlanInput.DeadlineStatusMaxAge"/> above
/// zero) every school lists once just after it, one query per page (every school holds a never-used account when the share
/// is above zero), and a never-used account's check reuses that read for 1 query (<c>users.patch</c>) instead of 2
/// (<c>users.get</c> too) when it starts within <see cref="PlanInput.DeadlineStatusMaxAge"/> of the read
/// (<see cref="DeadlineReadReuse"/>: the checks spread over <see cref="PlanInput.DeactivationWindow"/>, or over the sweep
/// when the quota needs longer, as if the window were sized to it as the silo's start-up check asks; the reads taken to come
/// after the delay and the time the syncs' own pages take at the quota).</item>
/// </list>
/// Provisioning gets what the syncs leave, but never less than its guaranteed share (<see cref="PlanInput.BulkShare"/>), as
/// the silos divide the quota; the sweep lasts the window at least and has the whole quota (provisioning has ended and the schools' periodic syncs after
/// the deadline, a few per school at a doubling period until their checks are done, are left out; interactive calls and
/// org units, ~0.01 per account, too). The sweep starts at the deadline, or when provisioning ends if that is later.
/// </summary>
public static class NationalPlanner
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Plans <paramref name="input"/> at its quota.</summary>
    public static NationalPlan Plan(PlanInput input)
    {
        Validate(input);
        long perDay = (long)input.QueriesPerMinute * MinutesPerDay;
        var pagesPerSchool = input.Schools == 0 ? 0 : Math.Max(1, (long)Math.Ceiling((double)input.Accounts / input.Schools / input.PageSize));
        var pages = input.Schools * pagesPerSchool;

        var listing = !input.SignInsFromActivities;
        var syncsPerDay = listing ? TimeSpan.FromDays(1) / input.SyncPeriod : 0;
        var peak = (long)Math.Ceiling(pages * syncsPerDay);
        var duringRun = (peak + 1) / 2;
        var span = input.Deadline - input.Start;
        var syncsPerSchool = listing && span > TimeSpan.Zero
            ? ListingSyncs.BeforeDeadline(span, input.SignInPhase, input.SyncPeriod, input.SyncMaxPeriod) : 0;

        var provisioning = input.Accounts;
        var provisioningDays = provisioning / Math.Max(perDay - duringRun, input.BulkShare * perDay);
        var provisioningEnds = input.Start + TimeSpan.FromDays(provisioningDays);

        var checks = (long)Math.Ceiling(input.Accounts * input.NeverUsedShare);
        var syncAfter = input.SyncAfterDeadline && input.DeadlineStatusMaxAge > TimeSpan.Zero && checks > 0;
        var deadlineSync = syncAfter ? pages : 0;
        var readAfter = input.DeadlineSyncDelay.TotalDays + (double)deadlineSync / perDay;
        var maxAge = syncAfter ? input.DeadlineStatusMaxAge.TotalDays : 0;
        var window = Math.Max(0, input.DeactivationWindow.TotalDays);
        var sweepDays = Math.Max(window, DeadlineReadReuse.SpreadNeeded(checks, deadlineSync, perDay, readAfter, maxAge));
        var callsPerCheck = DeadlineReadReuse.CallsPerCheck(sweepDays, readAfter, maxAge);
        TimeSpan? maxAgeNeeded = syncAfter
            ? TimeSpan.FromDays(Math.Max(0, Math.Max(window, DeadlineReadReuse.SpreadNeeded(checks, deadlineSync, perDay, readAfter, double.MaxValue)) - readAfter))
            : null;
        var sweepStarts = input.Deadline > provisioningEnds ? input.Deadline : provisioningEnds;
        return new NationalPlan
        {
            QueriesPerMinute = input.QueriesPerMinute,
            QueriesPerDay = perDay,
            SyncsPerDay = syncsPerDay,
            SyncQueriesPerDay = peak,
            ProvisioningSyncQueriesPerDay = duringRun,
            SyncsPerSchoolToDeadline = syncsPerSchool,
            SyncQueriesToDeadline = syncsPerSchool * pages,
            ReportsQueriesPerDay = listing ? 0 : TimeSpan.FromDays(1) / input.SignInDiscoveryPeriod,
            ProvisioningQueries = provisioning,
            ProvisioningDays = provisioningDays,
            ProvisioningEnds = provisioningEnds,
            DeadlineSyncQueries = deadlineSync,
            DeadlineCallsPerCheck = callsPerCheck,
            DeadlineQueries = deadlineSync + (long)Math.Round(checks * callsPerCheck),
            DeadlineDays = sweepDays,
            DeadlineEnds = sweepStarts + TimeSpan.FromDays(sweepDays),
            DeadlineStatusMaxAgeNeeded = maxAgeNeeded,
        };
    }

    private static void Validate(PlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Accounts);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Schools);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.QueriesPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.PageSize);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.SyncPeriod, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.SignInDiscoveryPeriod, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(input.DeadlineSyncDelay, TimeSpan.Zero);
        if (input.NeverUsedShare is < 0 or > 1 || input.BulkShare is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(input), "NeverUsedShare must be 0 to 1, BulkShare above 0 and at most 1.");
        }
    }
}
