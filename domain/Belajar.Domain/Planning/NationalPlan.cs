namespace Belajar.Domain.Planning;

/// <summary>The timeline <see cref="NationalPlanner"/> computes for one quota.</summary>
/// <param name="QueriesPerMinute">The quota planned for.</param>
/// <param name="QueriesPerDay">The quota over a day.</param>
/// <param name="SyncsPerDay">How often each school is synced a day.</param>
/// <param name="SyncQueriesPerDay">What the syncs of all schools cost a day (pages × syncs × schools).</param>
/// <param name="ProvisioningQueries">Queries of the national run (one <c>users.insert</c> per account).</param>
/// <param name="ProvisioningDays">Days the run takes with what the syncs leave (at least the provisioning share).</param>
/// <param name="ProvisioningEnds">When the run finishes.</param>
/// <param name="DeadlineQueries">Queries of the deadline sweep.</param>
/// <param name="DeadlineDays">Days the sweep takes with what the syncs leave (at least the deadline share).</param>
/// <param name="DeadlineEnds">When the sweep finishes.</param>
public sealed record NationalPlan(
    int QueriesPerMinute,
    long QueriesPerDay,
    double SyncsPerDay,
    long SyncQueriesPerDay,
    long ProvisioningQueries,
    double ProvisioningDays,
    DateTimeOffset ProvisioningEnds,
    long DeadlineQueries,
    double DeadlineDays,
    DateTimeOffset DeadlineEnds)
{
    /// <summary>The syncs' part of the quota (above 1: the syncs alone need more than the quota).</summary>
    public double SyncShareOfQuota => (double)SyncQueriesPerDay / QueriesPerDay;

    /// <summary>True when the run is still provisioning at the deadline.</summary>
    public bool ProvisioningPastDeadline(DateTimeOffset deadline) => ProvisioningEnds > deadline;
}
