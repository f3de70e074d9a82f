using Belajar.Domain.Planning;

namespace Belajar.Grains.Tests.Planning;

/// <summary>The national plan: what each quota-saving lever changes in the timeline and in the queries per account.</summary>
public class NationalPlannerTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

    private static PlanInput Nation(int queriesPerMinute = 2400) => new()
    {
        Accounts = 57_000_000, Schools = 220_000, QueriesPerMinute = queriesPerMinute, Start = Start, Deadline = Start.AddDays(180),
    };

    [Fact]
    public void The_nation_at_2400_per_minute_provisions_with_half_the_peak_listing_in_19_days()
    {
        var plan = NationalPlanner.Plan(Nation());

        Assert.Equal(3_456_000, plan.QueriesPerDay);
        Assert.Equal(4, plan.SyncsPerDay);
        Assert.Equal(880_000, plan.SyncQueriesPerDay); // the peak: 220,000 schools × 4 syncs × 1 page (259 accounts a school)
        Assert.Equal(440_000, plan.ProvisioningSyncQueriesPerDay); // only the schools created so far: half on average
        Assert.Equal(57_000_000, plan.ProvisioningQueries);
        Assert.Equal(57_000_000 / 3_016_000.0, plan.ProvisioningDays, 6);
        Assert.Equal(Start + TimeSpan.FromDays(57_000_000 / 3_016_000.0), plan.ProvisioningEnds);
        Assert.Equal(0, plan.ReportsQueriesPerDay);
    }

    [Fact]
    public void The_adaptive_period_lists_70_times_a_school_to_the_deadline_where_a_fixed_period_lists_720()
    {
        var adaptive = NationalPlanner.Plan(Nation());
        var fixedPeriod = NationalPlanner.Plan(Nation() with { SyncMaxPeriod = TimeSpan.FromHours(6) });

        // 48 while people sign in (12 days at 6 h), 14 quiet ones doubling to 14 days, 8 closing in on the deadline
        Assert.Equal(70, adaptive.SyncsPerSchoolToDeadline);
        Assert.Equal(70 * 220_000L, adaptive.SyncQueriesToDeadline);
        Assert.Equal(720, fixedPeriod.SyncsPerSchoolToDeadline); // 180 days × 4
        Assert.Equal(720 * 220_000L, fixedPeriod.SyncQueriesToDeadline);
        Assert.Equal(adaptive.SyncQueriesPerDay, fixedPeriod.SyncQueriesPerDay); // the peak is the same
    }

    [Fact]
    public void The_sync_just_after_the_deadline_lists_each_school_once_and_a_read_young_enough_makes_a_check_one_query()
    {
        var reused = NationalPlanner.Plan(Nation() with { DeadlineStatusMaxAge = TimeSpan.FromDays(30) });
        var without = NationalPlanner.Plan(Nation() with { SyncAfterDeadline = false, DeadlineStatusMaxAge = TimeSpan.FromDays(30) });

        Assert.Equal(220_000, reused.DeadlineSyncQueries);
        Assert.InRange(reused.DeadlineCallsPerCheck, 1, 1.01); // only the checks started while the schools' syncs read pay 2
        Assert.InRange(reused.DeadlineQueries, 220_000 + 22_800_000, 220_000 + 23_100_000);
        Assert.Equal(reused.DeadlineQueries / 3_456_000.0, reused.DeadlineDays, 2); // the sweep has the whole quota

        Assert.Equal(0, without.DeadlineSyncQueries);
        Assert.Equal(2, without.DeadlineCallsPerCheck);
        Assert.Equal(45_600_000, without.DeadlineQueries); // 40 % never used × (users.get + users.patch)
        Assert.Equal(45_600_000 / 3_456_000.0, without.DeadlineDays, 6);
        Assert.Null(without.DeadlineStatusMaxAgeNeeded);
        Assert.Equal(Start.AddDays(180) + TimeSpan.FromDays(without.DeadlineDays), without.DeadlineEnds);
    }

    [Fact]
    public void A_read_older_than_the_maximum_age_stands_in_for_few_checks_of_a_sweep_of_days_and_the_plan_names_the_age_that_would()
    {
        var plan = NationalPlanner.Plan(Nation()); // DeadlineStatusMaxAge 1 hour against a sweep of ~13 days

        Assert.InRange(plan.DeadlineCallsPerCheck, 1.99, 2);
        var needed = plan.DeadlineStatusMaxAgeNeeded!.Value;
        Assert.InRange(needed, TimeSpan.FromDays(6.5), TimeSpan.FromDays(6.8)); // the sweep at ~1 query a check, less the reads' time
        Assert.InRange(NationalPlanner.Plan(Nation() with { DeadlineStatusMaxAge = needed }).DeadlineCallsPerCheck, 1, 1.01);
    }

    [Fact]
    public void A_small_deployments_checks_spread_over_the_window_and_all_but_those_before_the_read_reuse_it()
    {
        var plan = NationalPlanner.Plan(Nation() with { Accounts = 392, Schools = 12 }); // the sample snapshot

        Assert.Equal(12, plan.DeadlineSyncQueries);
        // the checks of the window's first minute (and the 12 pages' 0.005 minute at 2,400/min) come before the read
        Assert.Equal(1 + ((1 + 12 / 2400.0) / 30), plan.DeadlineCallsPerCheck, 9);
        Assert.Equal(12 + 162, plan.DeadlineQueries); // 157 never used
        Assert.Equal(TimeSpan.FromMinutes(30).TotalDays, plan.DeadlineDays, 9);
        Assert.Equal(2, NationalPlanner.Plan(Nation() with { Accounts = 392, Schools = 12, DeactivationWindow = TimeSpan.Zero }).DeadlineCallsPerCheck);
    }

    [Fact]
    public void Sign_ins_from_the_login_activities_list_no_school_periodically_and_read_the_reports_quota_instead()
    {
        var plan = NationalPlanner.Plan(Nation() with { SignInsFromActivities = true });

        Assert.Equal(0, plan.SyncQueriesPerDay);
        Assert.Equal(0, plan.SyncsPerSchoolToDeadline);
        Assert.Equal(0, plan.SyncQueriesToDeadline);
        Assert.Equal(24, plan.ReportsQueriesPerDay); // one read an hour
        Assert.Equal(57_000_000 / 3_456_000.0, plan.ProvisioningDays, 6); // the run has the whole quota
        Assert.Equal(220_000, plan.DeadlineSyncQueries); // the schools still list once just after the deadline
    }

    [Fact]
    public void Over_the_programme_the_plan_counts_the_directory_queries_per_account_the_programme_benchmark_measured()
    {
        var age = TimeSpan.FromDays(30); // the benchmark's reads stood in for every check its window allowed
        var listing = NationalPlanner.Plan(Nation() with { DeadlineStatusMaxAge = age });
        var activities = NationalPlanner.Plan(Nation() with { DeadlineStatusMaxAge = age, SignInsFromActivities = true });
        var before = NationalPlanner.Plan(Nation() with { SyncMaxPeriod = TimeSpan.FromHours(6), SyncAfterDeadline = false });

        Assert.InRange(listing.DirectoryQueriesPerAccount, 1.64, 1.72); // measured 1.687 (docs/benchmarks.md, programme)
        Assert.InRange(activities.DirectoryQueriesPerAccount, 1.38, 1.45); // measured 1.416
        Assert.Equal(1 + (720 * 220_000 + 45_600_000) / 57_000_000.0, before.DirectoryQueriesPerAccount, 6); // fixed period, 2 calls
    }

    [Fact]
    public void A_raised_quota_shortens_the_run_by_what_it_adds_beyond_the_syncs()
    {
        var plan = NationalPlanner.Plan(Nation(24_000));

        Assert.Equal(57_000_000 / (34_560_000.0 - 440_000), plan.ProvisioningDays, 6);
        Assert.True(plan.SyncShareOfQuota < 0.03);
    }

    [Fact]
    public void A_school_larger_than_a_page_costs_a_query_per_page_and_a_shorter_period_more_syncs()
    {
        var plan = NationalPlanner.Plan(Nation() with { Accounts = 1_200 * 1_000L, Schools = 1_000, SyncPeriod = TimeSpan.FromHours(1) });

        Assert.Equal(24, plan.SyncsPerDay);
        Assert.Equal(1_000 * 3 * 24, plan.SyncQueriesPerDay);
        Assert.Equal(1_000 * 3, plan.DeadlineSyncQueries);
    }

    [Fact]
    public void When_the_syncs_alone_exceed_the_quota_provisioning_still_gets_its_guaranteed_share()
    {
        var plan = NationalPlanner.Plan(Nation(100));

        Assert.True(plan.SyncShareOfQuota > 1);
        Assert.Equal(57_000_000 / (0.45 * 144_000), plan.ProvisioningDays, 6);
    }

    [Fact]
    public void A_sweep_cannot_start_before_the_run_that_creates_the_accounts_has_finished()
    {
        var plan = NationalPlanner.Plan(Nation() with { Deadline = Start.AddDays(10) });

        Assert.True(plan.ProvisioningPastDeadline(Start.AddDays(10)));
        Assert.Equal(plan.ProvisioningEnds + TimeSpan.FromDays(plan.DeadlineDays), plan.DeadlineEnds);
    }
}
