using Belajar.Domain.Planning;

namespace Belajar.Grains.Tests.Planning;

public class NationalPlannerTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

    private static PlanInput Nation(int queriesPerMinute = 2400) => new()
    {
        Accounts = 57_000_000, Schools = 220_000, QueriesPerMinute = queriesPerMinute, Start = Start, Deadline = Start.AddDays(180),
    };

    [Fact]
    public void The_nation_at_2400_per_minute_syncs_for_a_quarter_of_the_quota_and_provisions_in_22_days()
    {
        var plan = NationalPlanner.Plan(Nation());

        Assert.Equal(3_456_000, plan.QueriesPerDay);
        Assert.Equal(4, plan.SyncsPerDay);
        Assert.Equal(880_000, plan.SyncQueriesPerDay); // 220,000 schools × 4 syncs × 1 page (259 accounts a school)
        Assert.Equal(57_000_000, plan.ProvisioningQueries);
        Assert.Equal(57_000_000 / 2_576_000.0, plan.ProvisioningDays, 6); // what the syncs leave: 3,456,000 − 880,000 a day
        Assert.Equal(Start + TimeSpan.FromDays(57_000_000 / 2_576_000.0), plan.ProvisioningEnds);
        Assert.Equal(45_600_000, plan.DeadlineQueries); // 40 % never used × 2 calls
        Assert.Equal(45_600_000 / 2_576_000.0, plan.DeadlineDays, 6);
        Assert.Equal(Start.AddDays(180) + TimeSpan.FromDays(45_600_000 / 2_576_000.0), plan.DeadlineEnds);
    }

    [Fact]
    public void A_raised_quota_shortens_the_run_by_what_it_adds_beyond_the_syncs()
    {
        var plan = NationalPlanner.Plan(Nation(24_000));

        Assert.Equal(57_000_000 / (34_560_000.0 - 880_000), plan.ProvisioningDays, 6);
        Assert.True(plan.SyncShareOfQuota < 0.03);
    }

    [Fact]
    public void A_school_larger_than_a_page_costs_a_query_per_page_and_a_shorter_period_more_syncs()
    {
        var plan = NationalPlanner.Plan(Nation() with { Accounts = 1_200 * 1_000L, Schools = 1_000, SyncPeriod = TimeSpan.FromHours(1) });

        Assert.Equal(24, plan.SyncsPerDay);
        Assert.Equal(1_000 * 3 * 24, plan.SyncQueriesPerDay);
    }

    [Fact]
    public void When_the_syncs_alone_exceed_the_quota_provisioning_and_the_sweep_still_get_their_guaranteed_shares()
    {
        var plan = NationalPlanner.Plan(Nation(100));

        Assert.True(plan.SyncShareOfQuota > 1);
        Assert.Equal(57_000_000 / (0.45 * 144_000), plan.ProvisioningDays, 6);
        Assert.Equal(45_600_000 / (0.20 * 144_000), plan.DeadlineDays, 6);
    }

    [Fact]
    public void A_sweep_cannot_start_before_the_run_that_creates_the_accounts_has_finished()
    {
        var plan = NationalPlanner.Plan(Nation() with { Deadline = Start.AddDays(10) });

        Assert.True(plan.ProvisioningPastDeadline(Start.AddDays(10)));
        Assert.Equal(plan.ProvisioningEnds + TimeSpan.FromDays(plan.DeadlineDays), plan.DeadlineEnds);
    }
}
