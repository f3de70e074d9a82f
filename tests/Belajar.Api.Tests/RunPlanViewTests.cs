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
        // 3,456,000 queries a day at 2,400/min; 220,000 schools × 4 syncs = 880,000 a day; 2,576,000 left for inserts
        var runs = new[] { Run("r2", RunState.Running, eligible: 57_000_000, created: 31_000_000, failed: 240_000), Run("r1", RunState.Completed, 10, 10, 0) };

        var plan = RunPlanView.Of(runs, 2400, TimeSpan.FromHours(6), Now)!;

        Assert.Equal("r2", plan.RunId);
        Assert.Equal(25_760_000, plan.AccountsLeft);
        Assert.Equal(880_000, plan.SyncQueriesPerDay);
        Assert.Equal(10, plan.DaysLeft, 6);
        Assert.Equal(Now.AddDays(10), plan.FinishesAt);
    }

    [Fact]
    public void Without_a_running_run_or_with_the_limiter_off_there_is_no_plan()
    {
        Assert.Null(RunPlanView.Of([Run("r1", RunState.Completed, 10, 10, 0)], 2400, TimeSpan.FromHours(6), Now));
        Assert.Null(RunPlanView.Of([Run("r2", RunState.Running, 10, 1, 0)], 0, TimeSpan.FromHours(6), Now));
    }

    private static RunStatus Run(string id, RunState state, long eligible, long created, long failed) =>
        new(id, state, false, 220_000, 0, eligible, created, failed, 0, 0, "snapshot", Now.AddDays(-1), null, null);
}
