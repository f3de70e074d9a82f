using Belajar.Directory;
using Belajar.Domain.Planning;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Belajar.Grains.Schools;

namespace Belajar.Grains.Tests.Planning;

/// <summary>The planner's pieces against the grains' own rules and settings.</summary>
public class PlanningRulesTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(180, 12, 6, 14 * 24)] // the defaults
    [InlineData(30, 2, 1, 56)] // the programme benchmark's time (1:6)
    [InlineData(90, 20, 1, 72)]
    [InlineData(60, 10, 6, 6)] // a fixed period
    public void The_planned_listing_is_the_schools_sync_cadence_played_for_people_who_sign_in_steadily_and_then_rarely(
        int days, int signInDays, int shortestHours, int longestHours)
    {
        var (shortest, longest, phase) = (TimeSpan.FromHours(shortestHours), TimeSpan.FromHours(longestHours), TimeSpan.FromDays(signInDays));
        var deadline = Start.AddDays(days);
        long syncs = 0;
        var period = shortest;
        for (var at = Start; at < deadline; at += period)
        {
            syncs++;
            var busy = at - Start < phase;
            period = SyncCadence.Next(period, pendingBefore: 100, changed: busy ? 100 : 0, at, deadline, shortest, longest);
        }

        Assert.Equal(syncs, ListingSyncs.BeforeDeadline(deadline - Start, phase, shortest, longest));
    }

    [Fact]
    public void The_plans_defaults_are_the_settings_defaults()
    {
        var input = new PlanInput { Accounts = 1, Schools = 1, QueriesPerMinute = 1, Start = Start, Deadline = Start };
        var lifecycle = new LifecycleOptions();

        Assert.Equal(lifecycle.SyncPeriod, input.SyncPeriod);
        Assert.Equal(lifecycle.SyncMaxPeriod, input.SyncMaxPeriod);
        Assert.Equal(lifecycle.SignInDiscovery == SignInDiscoveryMode.Activities, input.SignInsFromActivities);
        Assert.Equal(lifecycle.SignInDiscoveryPeriod, input.SignInDiscoveryPeriod);
        Assert.Equal(lifecycle.SyncAfterDeadline, input.SyncAfterDeadline);
        Assert.Equal(lifecycle.DeadlineSyncDelay, input.DeadlineSyncDelay);
        Assert.Equal(lifecycle.DeadlineStatusMaxAge, input.DeadlineStatusMaxAge);
        Assert.Equal(lifecycle.DeactivationWindow, input.DeactivationWindow);
        Assert.Equal(new DirectoryOptions().PageSize, input.PageSize);
        Assert.Equal(new QuotaSharesOptions().Bulk / 100.0, input.BulkShare);
    }

    [Fact]
    public void A_check_reuses_the_read_when_it_starts_after_it_and_within_its_maximum_age()
    {
        Assert.Equal(29 / 30.0, DeadlineReadReuse.Share(spread: 30, readAfter: 1, maxAge: 60), 9); // the checks before the read read
        Assert.Equal(60 / 300.0, DeadlineReadReuse.Share(spread: 300, readAfter: 1, maxAge: 60), 9); // the later ones read too
        Assert.Equal(0, DeadlineReadReuse.Share(spread: 30, readAfter: 1, maxAge: 0)); // no reuse
        Assert.Equal(0, DeadlineReadReuse.Share(spread: 0, readAfter: 1, maxAge: 60)); // every check at the deadline, before the read
        Assert.Equal(1.5, DeadlineReadReuse.CallsPerCheck(spread: 100, readAfter: 0, maxAge: 50), 9);
    }

    [Fact]
    public void The_spread_needed_is_the_shortest_in_which_the_checks_at_their_cost_there_fit_the_rate()
    {
        // 3,000,000 checks at 6,000 a minute, the read 1 minute after the deadline standing in for 13 hours: 501 minutes
        var spread = DeadlineReadReuse.SpreadNeeded(3_000_000, 0, 6_000, readAfter: 1, maxAge: 13 * 60);
        Assert.Equal(3_000_000 * DeadlineReadReuse.CallsPerCheck(spread, 1, 13 * 60), 6_000 * spread, 3);
        Assert.InRange(spread, 500, 501);
        Assert.Equal(1_000, DeadlineReadReuse.SpreadNeeded(3_000_000, 0, 6_000, readAfter: 1, maxAge: 0), 9); // 2 queries a check
    }
}
