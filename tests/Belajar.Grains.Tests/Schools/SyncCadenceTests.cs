using Belajar.Grains.Lifecycle;
using Belajar.Grains.Schools;

namespace Belajar.Grains.Tests.Schools;

public class SyncCadenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FarDeadline = Now.AddDays(180);
    private static readonly TimeSpan Shortest = TimeSpan.FromHours(6);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(14);

    private static TimeSpan Next(TimeSpan current, int pending, int changed, DateTimeOffset? deadline = null, DateTimeOffset? now = null) =>
        SyncCadence.Next(current, pending, changed, now ?? Now, deadline ?? FarDeadline, Shortest, Longest);

    [Fact]
    public void A_quiet_sync_doubles_the_period_up_to_the_longest()
    {
        Assert.Equal(TimeSpan.FromHours(12), Next(Shortest, 200, 0));
        Assert.Equal(TimeSpan.FromDays(8), Next(TimeSpan.FromDays(4), 200, 0));
        Assert.Equal(Longest, Next(TimeSpan.FromDays(8), 200, 0));
        Assert.Equal(Longest, Next(Longest, 200, 0));
    }

    [Fact]
    public void A_busy_sync_goes_back_to_the_shortest_period()
    {
        Assert.Equal(Shortest, Next(TimeSpan.FromDays(8), 200, 20)); // exactly the busy share
        Assert.Equal(Shortest, Next(TimeSpan.FromDays(8), 5, 1));
        Assert.Equal(Shortest, Next(Shortest, 200, 150));
    }

    [Fact]
    public void A_few_changes_keep_the_period()
    {
        Assert.Equal(TimeSpan.FromDays(4), Next(TimeSpan.FromDays(4), 200, 19));
        Assert.Equal(TimeSpan.FromDays(4), Next(TimeSpan.FromDays(4), 200, 1));
    }

    [Fact]
    public void The_period_closes_in_on_the_deadline_but_never_below_the_shortest()
    {
        Assert.Equal(TimeSpan.FromDays(5), Next(Longest, 200, 0, Now.AddDays(10)));
        Assert.Equal(TimeSpan.FromHours(9), Next(Longest, 200, 0, Now.AddHours(18)));
        Assert.Equal(Shortest, Next(Longest, 200, 0, Now.AddHours(7)));
        Assert.Equal(Shortest, Next(Longest, 200, 0, Now.AddMinutes(1)));

        // halving what is left: the syncs land ever closer, the last one at most one shortest period before the deadline
        var deadline = Now.AddDays(30);
        var at = Now;
        var period = Longest;
        while (at + period < deadline)
        {
            at += period;
            period = Next(period, 200, 0, deadline, at);
        }

        Assert.InRange(deadline - at, TimeSpan.Zero, Shortest);
    }

    [Fact]
    public void After_the_deadline_the_period_adapts_without_the_deadline_bound()
    {
        Assert.Equal(TimeSpan.FromDays(2), Next(TimeSpan.FromDays(1), 200, 0, Now.AddHours(-1)));
    }

    [Fact]
    public void A_longest_period_equal_to_the_shortest_keeps_every_school_at_the_shortest()
    {
        foreach (var changed in new[] { 0, 1, 100 })
        {
            Assert.Equal(Shortest, SyncCadence.Next(Shortest, 200, changed, Now, Now.AddDays(1), Shortest, Shortest));
        }
    }

    [Fact]
    public void The_validator_names_a_longest_period_below_the_shortest_or_beyond_orleans_limit()
    {
        var validator = new LifecycleOptionsValidator();
        var below = validator.Validate(null, new LifecycleOptions { SyncPeriod = TimeSpan.FromHours(6), SyncMaxPeriod = TimeSpan.FromHours(1) });
        Assert.Contains("Lifecycle:SyncMaxPeriod must be at least 06:00:00 (Lifecycle:SyncPeriod)", below.FailureMessage, StringComparison.Ordinal);
        var beyond = validator.Validate(null, new LifecycleOptions { SyncMaxPeriod = TimeSpan.FromDays(60) });
        Assert.Contains("Lifecycle:SyncMaxPeriod must be at most 45.00:00:00", beyond.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new LifecycleOptions()).Succeeded);
    }
}
