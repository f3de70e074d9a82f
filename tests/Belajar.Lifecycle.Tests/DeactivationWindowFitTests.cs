using Belajar.Grains.Lifecycle;

namespace Belajar.Lifecycle.Tests;

public sealed class DeactivationWindowFitTests
{
    [Fact]
    public void A_national_deadline_does_not_fit_a_short_window_and_the_answer_names_the_window_that_would()
    {
        // 3,000,000 pending accounts × 2 queries at 6,000 queries/min need 1,000 minutes; 12 hours allow 4,320,000 queries
        var fit = DeactivationWindowFit.Of(3_000_000, 6_000, TimeSpan.FromHours(12));

        Assert.False(fit.Fits);
        Assert.Equal(6_000_000, fit.QueriesNeeded);
        Assert.Equal(4_320_000, fit.QueriesAllowed);
        Assert.Equal(TimeSpan.FromMinutes(1_000), fit.WindowNeeded);
        Assert.True(DeactivationWindowFit.Of(3_000_000, 6_000, fit.WindowNeeded).Fits);
    }

    [Fact]
    public void The_boundary_fits_and_one_account_more_does_not()
    {
        Assert.True(DeactivationWindowFit.Of(1_500, 100, TimeSpan.FromMinutes(30)).Fits); // 3,000 queries = 30 × 100
        var over = DeactivationWindowFit.Of(1_501, 100, TimeSpan.FromMinutes(30));
        Assert.False(over.Fits);
        Assert.Equal(TimeSpan.FromMinutes(31), over.WindowNeeded); // rounded up to whole minutes
    }

    [Fact]
    public void No_limiter_or_nothing_pending_always_fits()
    {
        Assert.True(DeactivationWindowFit.Of(50_000_000, 0, TimeSpan.Zero).Fits);
        var none = DeactivationWindowFit.Of(0, 6_000, TimeSpan.Zero);
        Assert.True(none.Fits);
        Assert.Equal(TimeSpan.Zero, none.WindowNeeded);
        Assert.True(DeactivationWindowFit.Of(-5, 6_000, TimeSpan.Zero).Fits); // counters lagging: never negative work
    }

    [Fact]
    public void A_check_that_reuses_its_schools_sync_just_after_the_deadline_costs_one_query_so_a_shorter_window_fits()
    {
        var reused = new LifecycleOptions { DeactivationWindow = TimeSpan.FromHours(12), DeadlineStatusMaxAge = TimeSpan.FromHours(13) };

        // 3,000,000 checks × (1 + the 1 minute before the read out of 720 that read for themselves) ≤ 4,320,000
        var fit = DeactivationWindowFit.Of(3_000_000, 6_000, reused);
        Assert.True(fit.Fits);
        Assert.Equal(1 + 1 / 720.0, fit.CallsPerCheck, 9);
        Assert.Equal(3_004_167, fit.QueriesNeeded);
        Assert.Equal(TimeSpan.FromMinutes(501), fit.WindowNeeded); // 3,000,000 × (1 + 1/501) ≤ 6,000 × 501; not at 500

        // without the sync after the deadline every check reads: 2 queries, 1,000 minutes
        var without = DeactivationWindowFit.Of(3_000_000, 6_000, new LifecycleOptions { DeactivationWindow = TimeSpan.FromHours(12), SyncAfterDeadline = false, DeadlineStatusMaxAge = TimeSpan.FromHours(13) });
        Assert.False(without.Fits);
        Assert.Equal(TimeSpan.FromMinutes(1_000), without.WindowNeeded);
    }

    [Fact]
    public void A_read_that_stands_in_for_an_hour_of_a_longer_window_saves_only_that_hour_of_checks()
    {
        // the default maximum age (1 hour) in a 12-hour window: 1/12 of the checks reuse the read
        var fit = DeactivationWindowFit.Of(3_000_000, 6_000, new LifecycleOptions { DeactivationWindow = TimeSpan.FromHours(12) });
        Assert.Equal(2 - 60 / 720.0, fit.CallsPerCheck, 9);
        Assert.False(fit.Fits);
        Assert.Equal(TimeSpan.FromMinutes(970), fit.WindowNeeded); // 3,000,000 × (2 − 60/970) ≤ 6,000 × 970; not at 969
    }
}
