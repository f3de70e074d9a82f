using Belajar.Grains.Quota;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Grains.Tests.Quota;

/// <summary>The quota ledger across the loss of its grain's silo: the stored horizon keeps every 60 s window within the budget.</summary>
public sealed class QuotaFailoverTests
{
    private const int Budget = 600;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero));
    private readonly List<(DateTimeOffset From, DateTimeOffset Until, int Permits)> _usable = [];
    private DateTimeOffset? _stored;

    [Fact]
    public void A_ledger_that_replaces_a_lost_one_waits_out_its_horizon_so_no_minute_exceeds_the_budget()
    {
        var lost = Ledger(stored: null);
        Drive(lost, TimeSpan.FromSeconds(30), wanted: 1000);
        var horizon = _stored!.Value;

        var successor = Ledger(_stored);
        successor.AssumeBudgetSpent(horizon);
        var replacedAt = _time.GetUtcNow();
        Drive(successor, TimeSpan.FromSeconds(120), wanted: 1000);

        Assert.True(MaxUsableInAnyMinute() <= Budget, $"{MaxUsableInAnyMinute()} permits usable in one minute");
        var resumed = _usable.Where(u => u.From > replacedAt).Min(u => u.From);
        Assert.InRange(resumed - horizon, QuotaLedger.Window, QuotaLedger.Window + TimeSpan.FromSeconds(2)); // then it grants again
    }

    [Fact]
    public void Without_the_stored_horizon_a_fresh_ledger_would_grant_a_second_budget_in_the_same_minute()
    {
        var lost = Ledger(stored: null);
        Drive(lost, TimeSpan.FromSeconds(30), wanted: 1000);

        Drive(Ledger(stored: null), TimeSpan.FromSeconds(30), wanted: 1000); // what the horizon prevents

        Assert.True(MaxUsableInAnyMinute() > Budget);
    }

    [Fact]
    public void A_ledger_handed_over_in_order_takes_the_window_over_and_grants_at_once()
    {
        var first = Ledger(stored: null);
        Drive(first, TimeSpan.FromSeconds(20), wanted: 5);
        var spent = first.Spent();

        var successor = Ledger(_stored);
        successor.Restore(spent);
        var handedOverAt = _time.GetUtcNow();
        Drive(successor, TimeSpan.FromSeconds(90), wanted: 1000);

        Assert.Equal(_usable.Where(u => u.From < handedOverAt).Sum(u => u.Permits), spent.Sum(s => s.Permits)); // all 20 s are in the window
        Assert.True(MaxUsableInAnyMinute() <= Budget, $"{MaxUsableInAnyMinute()} permits usable in one minute");
        Assert.Contains(_usable, u => u.From >= handedOverAt && u.From <= handedOverAt + TimeSpan.FromSeconds(1) && u.Permits > 5);
    }

    [Fact]
    public void A_ledger_grants_no_lease_past_its_horizon_and_asks_for_a_new_one_half_a_step_before()
    {
        var ledger = new QuotaLedger(Budget, _time, new QuotaLedgerOptions { Slice = TimeSpan.FromSeconds(1) });
        var now = _time.GetUtcNow();
        ledger.GrantsExpireBy = now; // a lease granted now would outlive it

        Assert.Equal(0, ledger.Grant("a", 10, 0).Permits);
        var horizon = ledger.HorizonToStore(now)!.Value;
        Assert.Equal(now + TimeSpan.FromSeconds(11), horizon); // lease lifetime 1 s + step 10 s
        ledger.GrantsExpireBy = horizon;
        Assert.Equal(10, ledger.Grant("a", 10, 0).Permits);
        Assert.Null(ledger.HorizonToStore(now + TimeSpan.FromSeconds(4)));
        Assert.NotNull(ledger.HorizonToStore(now + TimeSpan.FromSeconds(6)));
    }

    /// <summary>The whole budget in one slice: the worst case, where a ledger that forgot its window grants the budget again at once.</summary>
    private QuotaLedger Ledger(DateTimeOffset? stored) =>
        new(Budget, _time, new QuotaLedgerOptions { Slice = QuotaLedger.Window }) { GrantsExpireBy = stored };

    /// <summary>What the grain does: store the horizon when asked to, then grant; one busy silo asks every tick.</summary>
    private void Drive(QuotaLedger ledger, TimeSpan duration, int wanted)
    {
        var end = _time.GetUtcNow() + duration;
        while (_time.GetUtcNow() < end)
        {
            var now = _time.GetUtcNow();
            if (ledger.HorizonToStore(now) is { } horizon)
            {
                _stored = horizon;
                ledger.GrantsExpireBy = horizon;
            }

            var lease = ledger.Grant("busy", wanted, 0);
            if (lease.Permits > 0)
            {
                _usable.Add((now, lease.ExpiresAt, lease.Permits));
            }

            _time.Advance(Tick);
        }
    }

    /// <summary>The most permits usable (granted, not yet expired) at some moment of any 60 s window.</summary>
    private int MaxUsableInAnyMinute()
    {
        var first = _usable.Min(u => u.From);
        var last = _usable.Max(u => u.Until);
        var max = 0;
        for (var start = first - QuotaLedger.Window; start <= last; start += Tick)
        {
            var end = start + QuotaLedger.Window;
            max = Math.Max(max, _usable.Where(u => u.From < end && u.Until >= start).Sum(u => u.Permits));
        }

        return max;
    }
}
