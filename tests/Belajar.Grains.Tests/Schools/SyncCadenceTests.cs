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
    public void The_sync_just_after_the_deadline_comes_sooner_than_the_period_when_it_falls_within_it()
    {
        var deadline = Now.AddHours(3);
        var delay = TimeSpan.FromMinutes(1);

        // the last sync before the deadline: the next one at the deadline + the delay, not a period later
        Assert.Equal(TimeSpan.FromMinutes(181), SyncCadence.DueIn(Shortest, Now, deadline, delay));
        Assert.Equal(TimeSpan.FromMinutes(6), SyncCadence.DueIn(Shortest, deadline.AddMinutes(-5), deadline, delay));

        // the deadline further than the period: the period stands, the syncs close in on it first
        Assert.Equal(Shortest, SyncCadence.DueIn(Shortest, Now, Now.AddDays(2), delay));

        // the sync at or after the deadline is the read the checks reuse: the period follows it
        Assert.Equal(Shortest, SyncCadence.DueIn(Shortest, deadline, deadline, delay));
        Assert.Equal(Shortest, SyncCadence.DueIn(Shortest, deadline.AddMinutes(1), deadline, delay));

        // no such sync when it is off (no delay set, or the checks reuse no read)
        Assert.Equal(Shortest, SyncCadence.DueIn(Shortest, Now, deadline, null));
    }

    [Fact]
    public void A_deadline_that_moves_moves_the_sync_after_it()
    {
        var delay = TimeSpan.FromMinutes(1);

        // planned from the deadline in force at each sync: an extended deadline moves the sync with it, an earlier one too
        Assert.Equal(TimeSpan.FromMinutes(61), SyncCadence.DueIn(Shortest, Now, Now.AddHours(1), delay));
        Assert.Equal(TimeSpan.FromMinutes(301), SyncCadence.DueIn(Shortest, Now, Now.AddHours(5), delay));

        // the cadence and the sync after the deadline together: from a sync far out, the syncs close in on the deadline and the
        // first one from it on comes by the deadline + the delay
        var deadline = Now.AddDays(30).AddHours(1);
        var at = Now;
        var period = Longest;
        var dueIn = period;
        while (at < deadline)
        {
            at += dueIn;
            period = Next(period, 200, 0, deadline, at);
            dueIn = SyncCadence.DueIn(period, at, deadline, delay);
        }

        Assert.InRange(at, deadline, deadline + delay);
        Assert.Equal(deadline + delay, at); // not the period after the last sync before it
    }

    [Fact]
    public void The_validator_names_a_negative_delay_of_the_sync_after_the_deadline()
    {
        var validator = new LifecycleOptionsValidator();
        var negative = validator.Validate(null, new LifecycleOptions { DeadlineSyncDelay = TimeSpan.FromMinutes(-1) });
        Assert.Contains("Lifecycle:DeadlineSyncDelay must be zero or more", negative.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new LifecycleOptions { DeadlineSyncDelay = TimeSpan.Zero }).Succeeded);
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
