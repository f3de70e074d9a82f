using Belajar.Abstractions.Runs;
using Belajar.Domain.Planning;

namespace Belajar.Api.Dashboards;

/// <summary>
/// The running run's ETA from the national planner (the same arithmetic as <c>plan</c>): its accounts not yet decided at the
/// quota, after what the syncs of its schools take while it runs (<see cref="NationalPlan.ProvisioningSyncQueriesPerDay"/>:
/// half the schools listing every <c>Lifecycle:SyncPeriod</c>; none with sign-ins from the login activities).
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
    /// <paramref name="now"/>; null when no run is running or the limiter is off (0 or less). <paramref name="signInsFromActivities"/>:
    /// <c>Lifecycle:SignInDiscovery</c> is <c>Activities</c> (the schools do not list periodically).
    /// </summary>
    public static RunPlanView? Of(IEnumerable<RunStatus> runs, int queriesPerMinute, TimeSpan syncPeriod, bool signInsFromActivities, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (queriesPerMinute <= 0 || runs.FirstOrDefault(r => r.State == RunState.Running) is not { } run)
        {
            return null;
        }

        var left = Math.Max(0, run.AccountsEligible - run.AccountsCreated - run.AccountsFailed - run.AccountsSkipped);
        var input = new PlanInput
        {
            Accounts = left, Schools = run.SchoolsTotal, QueriesPerMinute = queriesPerMinute,
            SignInsFromActivities = signInsFromActivities, Start = now, Deadline = now,
        };
        var plan = NationalPlanner.Plan(syncPeriod > TimeSpan.Zero ? input with { SyncPeriod = syncPeriod } : input);
        return new RunPlanView(run.RunId, left, queriesPerMinute, plan.ProvisioningSyncQueriesPerDay,
            (double)plan.ProvisioningSyncQueriesPerDay / plan.QueriesPerDay, plan.ProvisioningDays, plan.ProvisioningEnds);
    }
}
