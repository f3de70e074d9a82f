using Belajar.Grains.Quota;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Grains.Tests.Quota;

/// <summary>The guaranteed shares: a silo receiving the whole quota (2,400/min, 40 permits a second) divides it by class.</summary>
public class QuotaSharesTests
{
    private const int PerSecond = 40;
    private const int QueriesPerMinute = PerSecond * 60;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_national_run_saturating_bulk_leaves_sync_its_share_of_every_60_s_window()
    {
        var shares = new QuotaSharesOptions();
        var served = Play(new PriorityPermitQueue(_time, shares), seconds: 300, DirectoryPriority.Bulk, DirectoryPriority.Sync);

        foreach (var window in Windows(served))
        {
            Assert.InRange(window[DirectoryPriority.Sync], (shares.Sync * QueriesPerMinute / 100) - 5, QueriesPerMinute);
            Assert.InRange(window[DirectoryPriority.Bulk], (shares.Bulk * QueriesPerMinute / 100) - 5, QueriesPerMinute);
            Assert.Equal(QueriesPerMinute, window.Values.Sum()); // work-conserving: the shares of idle classes are used
        }
    }

    [Fact]
    public void Every_class_with_callers_waiting_gets_its_configured_share_and_the_rest_by_shares()
    {
        var shares = new QuotaSharesOptions { Interactive = 5, Sync = 10, Bulk = 70, Deadline = 15 };
        var served = Play(new PriorityPermitQueue(_time, shares), seconds: 180, ShareScheduler.Classes.ToArray());

        foreach (var window in Windows(served))
        {
            foreach (var c in ShareScheduler.Classes)
            {
                Assert.InRange(window[c], (int)(shares.Of(c) * QueriesPerMinute) - 5, (int)(shares.Of(c) * QueriesPerMinute) + 5);
            }
        }
    }

    [Fact]
    public void A_class_without_demand_leaves_its_share_to_the_others()
    {
        var served = Play(new PriorityPermitQueue(_time), seconds: 60, DirectoryPriority.Bulk);

        Assert.Equal(QueriesPerMinute, Windows(served).Single()[DirectoryPriority.Bulk]);
    }

    [Fact]
    public void A_class_that_was_idle_gets_its_share_but_no_saved_credit_when_it_comes_back()
    {
        var queue = new PriorityPermitQueue(_time);
        var first = Play(queue, seconds: 120, DirectoryPriority.Bulk);
        var then = Play(queue, seconds: 60, DirectoryPriority.Bulk, DirectoryPriority.Sync);

        var window = Windows(then).Single();
        Assert.InRange(window[DirectoryPriority.Bulk], (45 * QueriesPerMinute / 100) - 5, QueriesPerMinute);
        Assert.Equal(2 * QueriesPerMinute, first.Sum(s => s[DirectoryPriority.Bulk]));
    }

    [Fact]
    public async Task An_interactive_call_gets_the_next_permit_while_the_run_and_the_sync_keep_callers_waiting()
    {
        var queue = new PriorityPermitQueue(_time);
        _ = Play(queue, seconds: 30, DirectoryPriority.Bulk, DirectoryPriority.Sync);
        var interactive = queue.AcquireAsync(DirectoryPriority.Interactive).AsTask();

        queue.AddPermits(99, 1, _time.GetUtcNow() + TimeSpan.FromSeconds(1));

        Assert.True(interactive.IsCompleted && await interactive);
        Assert.Equal(1, queue.UsedLastMinute(DirectoryPriority.Interactive));
    }

    [Fact]
    public async Task An_operators_calls_in_a_row_each_take_the_next_permit_while_the_run_and_the_sync_keep_callers_waiting()
    {
        var queue = new PriorityPermitQueue(_time);
        _ = Play(queue, seconds: 30, DirectoryPriority.Bulk, DirectoryPriority.Sync);

        for (var call = 0; call < ShareScheduler.InteractiveBurst; call++) // a reset's read and patch, and another operator's
        {
            var interactive = queue.AcquireAsync(DirectoryPriority.Interactive).AsTask();
            queue.AddPermits(100 + call, 1, _time.GetUtcNow() + TimeSpan.FromSeconds(1));
            Assert.True(interactive.IsCompleted && await interactive, $"call {call + 1} waited behind the run");
        }
    }

    [Fact]
    public void An_interactive_class_that_keeps_callers_waiting_gets_its_proportion_and_at_most_its_credit_more()
    {
        var shares = new QuotaSharesOptions();
        var served = Play(new PriorityPermitQueue(_time, shares), seconds: 120, DirectoryPriority.Interactive, DirectoryPriority.Bulk);

        var interactive = (double)shares.Interactive / (shares.Interactive + shares.Bulk) * QueriesPerMinute; // the two divide it all
        foreach (var window in Windows(served))
        {
            Assert.InRange(window[DirectoryPriority.Interactive], interactive - 5, interactive + ShareScheduler.InteractiveBurst + 1);
            Assert.True(window[DirectoryPriority.Bulk] >= QueriesPerMinute - interactive - ShareScheduler.InteractiveBurst - 1);
        }
    }

    [Fact]
    public void The_silo_reports_each_class_with_its_share_and_its_use_of_the_last_minute()
    {
        var queue = new PriorityPermitQueue(_time);
        _ = Play(queue, seconds: 90, DirectoryPriority.Bulk, DirectoryPriority.Sync);

        var use = QuotaLeaseService.ClassUse(queue).ToDictionary(c => c.Class);

        Assert.Equal(["Interactive", "Sync", "Deadline", "Bulk"], use.Keys);
        Assert.Equal(25, use["Sync"].SharePercent);
        Assert.Equal(59 * PerSecond, use.Values.Sum(c => c.UsedLastMinute)); // the clock is a second past the last permits
        Assert.InRange(use["Sync"].UsedLastMinute, 595, 2400);
        Assert.True(use["Bulk"].Waiting > 0);
    }

    // Every second: tops up callers of each busy class to 100 waiting, then adds one second's permits (valid for a second).
    private List<Dictionary<DirectoryPriority, int>> Play(PriorityPermitQueue queue, int seconds, params DirectoryPriority[] busy)
    {
        var perSecond = new List<Dictionary<DirectoryPriority, int>>();
        for (var s = 0; s < seconds; s++)
        {
            foreach (var c in busy)
            {
                while (queue.WaitingAt(c) < 100)
                {
                    _ = queue.AcquireAsync(c);
                }
            }

            var before = ShareScheduler.Classes.ToDictionary(c => c, queue.WaitingAt);
            queue.AddPermits(s + 1, PerSecond, _time.GetUtcNow() + TimeSpan.FromSeconds(1));
            perSecond.Add(ShareScheduler.Classes.ToDictionary(c => c, c => before[c] - queue.WaitingAt(c)));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        return perSecond;
    }

    // Every rolling window of 60 seconds.
    private static IEnumerable<Dictionary<DirectoryPriority, int>> Windows(List<Dictionary<DirectoryPriority, int>> perSecond) =>
        Enumerable.Range(0, perSecond.Count - 59).Select(start =>
            ShareScheduler.Classes.ToDictionary(c => c, c => perSecond.Skip(start).Take(60).Sum(s => s[c])));
}
