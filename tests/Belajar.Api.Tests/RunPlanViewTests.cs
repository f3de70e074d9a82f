using Belajar.Abstractions.Runs;
using Belajar.Api.Dashboards;

namespace Belajar.Api.Tests;

/// <summary>The running run's ETA on <c>/ops</c>, from the national planner.</summary>
public class RunPlanViewTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_running_run_finishes_when_its_accounts_left_are_inserted_with_what_its_schools_syncs_leave()
    {
        // 3,456,000 queries a day at 2,400/min; 220,000 schools × 4 syncs = 880,000 a day at the peak, half of it while the run
        // creates the schools: 3,016,000 left for inserts
        var runs = new[] { Run("r2", RunState.Running, eligible: 57_000_000, created: 26_600_000, failed: 240_000), Run("r1", RunState.Completed, 10, 10, 0) };

        var plan = RunPlanView.Of(runs, 2400, TimeSpan.FromHours(6), signInsFromActivities: false, Now)!;

        Assert.Equal("r2", plan.RunId);
        Assert.Equal(30_160_000, plan.AccountsLeft);
        Assert.Equal(440_000, plan.SyncQueriesPerDay);
        Assert.Equal(440_000 / 3_456_000.0, plan.SyncShareOfQuota, 9);
        Assert.Equal(10, plan.DaysLeft, 6);
        Assert.Equal(Now.AddDays(10), plan.FinishesAt);
    }

    [Fact]
    public void With_sign_ins_from_the_login_activities_the_schools_list_nothing_and_the_run_has_the_whole_quota()
    {
        var runs = new[] { Run("r3", RunState.Running, eligible: 57_000_000, created: 22_200_000, failed: 240_000) };

        var plan = RunPlanView.Of(runs, 2400, TimeSpan.FromHours(6), signInsFromActivities: true, Now)!;

        Assert.Equal(0, plan.SyncQueriesPerDay);
        Assert.Equal(10, plan.DaysLeft, 6); // 34,560,000 left at 3,456,000 a day
    }

    [Fact]
    public void Without_a_running_run_or_with_the_limiter_off_there_is_no_plan()
    {
        Assert.Null(RunPlanView.Of([Run("r1", RunState.Completed, 10, 10, 0)], 2400, TimeSpan.FromHours(6), false, Now));
        Assert.Null(RunPlanView.Of([Run("r2", RunState.Running, 10, 1, 0)], 0, TimeSpan.FromHours(6), false, Now));
    }

    private static RunStatus Run(string id, RunState state, long eligible, long created, long failed) =>
        new(id, state, false, 220_000, 0, eligible, created, failed, 0, 0, "snapshot", Now.AddDays(-1), null, null);
}
