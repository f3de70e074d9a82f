using Belajar.Abstractions.Runs;
using Belajar.Domain.Planning;

namespace Belajar.Api.Dashboards;

/// <summary>
/// The running run's ETA from the national planner (the same arithmetic as <c>plan</c>): its accounts not yet decided at the
/// quota, after the syncs of its schools.
/// </summary>
public sealed record RunPlanView(
    string RunId,
    long AccountsLeft,
    int QueriesPerMinute,
    long SyncQueriesPerDay,
    double SyncShareOfQuota,
    double DaysLeft,
    DateTimeOffset FinishesAt)
{
    /// <summary>
    /// The plan of the newest running run of <paramref name="runs"/> at <paramref name="queriesPerMinute"/>, from
    /// <paramref name="now"/>; null when no run is running or the limiter is off (0 or less).
    /// </summary>
    public static RunPlanView? Of(IEnumerable<RunStatus> runs, int queriesPerMinute, TimeSpan syncPeriod, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (queriesPerMinute <= 0 || runs.FirstOrDefault(r => r.State == RunState.Running) is not { } run)
        {
            return null;
        }

        var left = Math.Max(0, run.AccountsEligible - run.AccountsCreated - run.AccountsFailed - run.AccountsSkipped);
        var plan = NationalPlanner.Plan(new PlanInput
        {
            Accounts = left, Schools = run.SchoolsTotal, QueriesPerMinute = queriesPerMinute,
            SyncPeriod = syncPeriod > TimeSpan.Zero ? syncPeriod : TimeSpan.FromHours(6), Start = now, Deadline = now,
        });
        return new RunPlanView(run.RunId, left, queriesPerMinute, plan.SyncQueriesPerDay, plan.SyncShareOfQuota, plan.ProvisioningDays, plan.ProvisioningEnds);
    }
}
