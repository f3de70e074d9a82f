using Belajar.Grains.Quota;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Grains.Tests.Quota;

public class QuotaLedgerTests
{
    private static readonly DateTimeOffset _start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    // the rules do not depend on the slice; these tests count in one-second slices (40 permits at 2,400/min)
    private static readonly QuotaLedgerOptions OneSecondSlices = new() { Slice = TimeSpan.FromSeconds(1) };

    [Fact]
    public void Calls_started_in_any_60_seconds_never_exceed_the_quota_with_three_silos()
    {
        var simulation = new QuotaSimulation(2400, [new("busy", 1000, 0), new("light", 15, 3), new("medium", 30, 7)], returnsUnused: true);

        simulation.Run(TimeSpan.FromMinutes(5));

        Assert.True(simulation.MaxStartedInAnyMinute() <= 2400, $"{simulation.MaxStartedInAnyMinute()} calls in one minute");
        Assert.True(simulation.MaxStartedInAnyMinute() >= 2300, "the budget is not used");
    }

    [Fact]
    public void Leases_usable_in_any_60_seconds_never_exceed_the_quota_even_if_nothing_is_returned()
    {
        var simulation = new QuotaSimulation(2400, [new("a", 1000, 0), new("b", 25, 4), new("c", 1000, 9)], returnsUnused: false);

        simulation.Run(TimeSpan.FromMinutes(4));

        Assert.True(simulation.MaxUsableInAnyMinute() <= 2400, $"{simulation.MaxUsableInAnyMinute()} permits usable in one minute");
    }

    [Fact]
    public void Busy_silos_get_nearly_the_whole_budget()
    {
        var simulation = new QuotaSimulation(2400, [new("a", 1000, 0), new("b", 1000, 5)], returnsUnused: true);

        simulation.Run(TimeSpan.FromMinutes(10));

        Assert.InRange(simulation.TotalStarted, 0.96 * 24_000, 24_000);
    }

    [Fact]
    public void Two_busy_silos_share_the_budget_equally()
    {
        var simulation = new QuotaSimulation(2400, [new("a", 1000, 0), new("b", 1000, 5)], returnsUnused: true);

        simulation.Run(TimeSpan.FromMinutes(3));

        var ratio = (double)simulation.StartedBy("a") / simulation.StartedBy("b");
        Assert.InRange(ratio, 0.95, 1.05);
    }

    [Fact]
    public void An_idle_silo_leaves_its_share_to_the_busy_one()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        ledger.Grant("idle", 0, 0);

        var grants = new List<int>();
        for (var second = 0; second < 30; second++)
        {
            grants.Add(ledger.Grant("busy", 1000, 500).Permits);
            time.Advance(TimeSpan.FromMilliseconds(500));
            Assert.Equal(0, ledger.Grant("idle", 0, 0).Permits);
            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.All(grants, g => Assert.Equal(40, g));
    }

    [Fact]
    public void Max_min_fairness_gives_a_small_demand_in_full_and_the_rest_to_the_big_one()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        ledger.Grant("small", 5, 0);
        time.Advance(TimeSpan.FromSeconds(1));

        var big = ledger.Grant("big", 1000, 0).Permits;
        var small = ledger.Grant("small", 5, 0).Permits;

        Assert.Equal(35, big);
        Assert.Equal(5, small);
    }

    [Fact]
    public void A_busy_silo_that_has_not_asked_yet_in_a_slice_keeps_its_share()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        ledger.Grant("b", 1000, 0);
        time.Advance(TimeSpan.FromSeconds(1));

        var first = ledger.Grant("a", 1000, 0).Permits;
        var again = ledger.Grant("a", 1000, 0).Permits;
        var b = ledger.Grant("b", 1000, 0).Permits;

        Assert.Equal((20, 0, 20), (first, again, b));
    }

    [Fact]
    public void A_silo_that_stops_asking_stops_holding_a_share()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        for (var second = 0; second < 5; second++)
        {
            ledger.Grant("a", 1000, 0);
            ledger.Grant("gone", 1000, 0);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var whileRemembered = ledger.Grant("a", 1000, 0).Permits;
        time.Advance(TimeSpan.FromSeconds(3));
        var afterIdleTime = ledger.Grant("a", 1000, 0).Permits;

        Assert.Equal(20, whileRemembered);
        Assert.Equal(40, afterIdleTime);
        Assert.DoesNotContain("gone", ledger.ActiveSilos);
    }

    [Fact]
    public void A_forgotten_silo_releases_its_share_at_once()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        ledger.Grant("gone", 1000, 0);
        time.Advance(TimeSpan.FromSeconds(1));

        ledger.Forget("gone");

        Assert.Equal(40, ledger.Grant("a", 1000, 0).Permits);
    }

    [Fact]
    public void Returned_permits_are_granted_again()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        var lease = ledger.Grant("a", 1000, 0);

        ledger.Return("a", lease.LeaseId, 30);

        Assert.Equal(10, ledger.InWindow);
        Assert.Equal(30, ledger.Grant("a", 1000, 0).Permits);
    }

    [Fact]
    public void Permits_returned_by_another_silo_or_twice_are_not_counted_twice()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);
        var lease = ledger.Grant("a", 1000, 0);

        ledger.Return("b", lease.LeaseId, 40);
        ledger.Return("a", lease.LeaseId, 25);
        ledger.Return("a", lease.LeaseId, 25);

        Assert.Equal(0, ledger.InWindow);
        Assert.Equal(40, ledger.Grant("a", 1000, 0).Permits);
    }

    [Fact]
    public void A_greedy_silo_gets_exactly_the_quota_spread_over_the_minute()
    {
        var time = new FakeTimeProvider(_start);
        var ledger = new QuotaLedger(100, time, OneSecondSlices);
        var perSlice = new List<int>();
        for (var second = 0; second < 60; second++)
        {
            perSlice.Add(ledger.Grant("a", 1000, 0).Permits + ledger.Grant("a", 1000, 0).Permits);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(100, perSlice.Sum());
        Assert.All(perSlice, n => Assert.InRange(n, 1, 2));
    }

    [Fact]
    public void Lease_says_when_to_ask_again()
    {
        var time = new FakeTimeProvider(_start + TimeSpan.FromMilliseconds(300));
        var ledger = new QuotaLedger(2400, time, OneSecondSlices);

        var lease = ledger.Grant("a", 10, 0);

        Assert.Equal(_start + TimeSpan.FromSeconds(1), lease.NextRefillAt);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(1), lease.ExpiresAt);
    }

    [Fact]
    public void By_default_a_silo_that_got_nothing_asks_again_within_a_quarter_second()
    {
        var time = new FakeTimeProvider(_start + TimeSpan.FromMilliseconds(300));
        var ledger = new QuotaLedger(2400, time);

        var lease = ledger.Grant("a", 10, 0);

        Assert.Equal(_start + TimeSpan.FromMilliseconds(500), lease.NextRefillAt);
        Assert.Equal(10, lease.Permits); // 2,400/min is 10 a quarter second
        Assert.Equal(0, ledger.Grant("b", 10, 0).Permits); // the slice is spent: b asks again at its end
    }

    [Fact]
    public void Queued_callers_count_as_demand()
    {
        var ledger = new QuotaLedger(2400, new FakeTimeProvider(_start), OneSecondSlices);

        Assert.Equal(7, ledger.Grant("a", 0, 7).Permits);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var ledger = new QuotaLedger(2400, new FakeTimeProvider(_start), OneSecondSlices);

        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.Grant("a", -1, 0));
        Assert.Throws<ArgumentException>(() => ledger.Grant(" ", 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuotaLedger(0, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new QuotaLedger(10, TimeProvider.System, new QuotaLedgerOptions { Slice = TimeSpan.FromSeconds(7) }));
    }
}
