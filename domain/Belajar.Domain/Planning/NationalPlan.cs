namespace Belajar.Domain.Planning;

/// <summary>The timeline <see cref="NationalPlanner"/> computes for one quota (its model: see there).</summary>
public sealed record NationalPlan
{
    /// <summary>The quota planned for.</summary>
    public required int QueriesPerMinute { get; init; }

    /// <summary>The quota over a day.</summary>
    public required long QueriesPerDay { get; init; }

    /// <summary>How often a school syncs a day while its people sign in (at <c>SyncPeriod</c>); 0 with the login activities.</summary>
    public required double SyncsPerDay { get; init; }

    /// <summary>What the listing of all schools costs a day while people sign in everywhere (pages × syncs × schools): the peak.</summary>
    public required long SyncQueriesPerDay { get; init; }

    /// <summary>What the syncs take a day on average while provisioning runs (half the peak: only created schools sync).</summary>
    public required long ProvisioningSyncQueriesPerDay { get; init; }

    /// <summary>How many times one school lists from the start to the deadline (the adaptive period, <see cref="ListingSyncs"/>).</summary>
    public required long SyncsPerSchoolToDeadline { get; init; }

    /// <summary>The listing of all schools from the start to the deadline (Directory quota).</summary>
    public required long SyncQueriesToDeadline { get; init; }

    /// <summary>Reads of the login activities a day (Reports quota, not the Directory one); 0 with the listing.</summary>
    public required double ReportsQueriesPerDay { get; init; }

    /// <summary>Queries of the national run (one <c>users.insert</c> per account).</summary>
    public required long ProvisioningQueries { get; init; }

    /// <summary>Days the run takes with what the syncs leave (at least the provisioning share).</summary>
    public required double ProvisioningDays { get; init; }

    /// <summary>When the run finishes.</summary>
    public required DateTimeOffset ProvisioningEnds { get; init; }

    /// <summary>The list pages of the schools' sync just after the deadline (0 without it).</summary>
    public required long DeadlineSyncQueries { get; init; }

    /// <summary>Average queries per never-used account's check: 1 when it reuses that sync's read, 2 when it reads itself.</summary>
    public required double DeadlineCallsPerCheck { get; init; }

    /// <summary>Queries of the deadline: the sync just after it and the checks of the never-used accounts.</summary>
    public required long DeadlineQueries { get; init; }

    /// <summary>Days the deadline's queries take at the whole quota (also the <c>Lifecycle:DeactivationWindow</c> that fits it).</summary>
    public required double DeadlineDays { get; init; }

    /// <summary>When the sweep finishes.</summary>
    public required DateTimeOffset DeadlineEnds { get; init; }

    /// <summary>
    /// The <c>Lifecycle:DeadlineStatusMaxAge</c> above which no more checks reuse the read (null without the sync after the
    /// deadline): with the checks spread over the sweep, a shorter one leaves the later checks reading for themselves.
    /// </summary>
    public required TimeSpan? DeadlineStatusMaxAgeNeeded { get; init; }

    /// <summary>Directory queries per account over the programme (insert, listing, deadline), to set beside the benchmark's.</summary>
    public double DirectoryQueriesPerAccount => ProvisioningQueries <= 0 ? 0
        : (double)(ProvisioningQueries + SyncQueriesToDeadline + DeadlineQueries) / ProvisioningQueries;

    /// <summary>The peak listing's part of the quota (above 1: the syncs alone need more than the quota).</summary>
    public double SyncShareOfQuota => (double)SyncQueriesPerDay / QueriesPerDay;

    /// <summary>True when the run is still provisioning at the deadline.</summary>
    public bool ProvisioningPastDeadline(DateTimeOffset deadline) => ProvisioningEnds > deadline;
}
