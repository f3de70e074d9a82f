using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Belajar.Abstractions.Quota;
using Belajar.Grains.Metrics;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Grains.Tests.Quota;

/// <summary>How long callers wait for a permit, per class: the metric, the silo's report and the cluster's sum for <c>/ops</c>.</summary>
public class QuotaWaitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_caller_who_waited_for_the_next_lease_is_recorded_with_its_wait_and_class()
    {
        var recorded = new ConcurrentBag<(double Seconds, string? Class)>();
        using var listener = Listen(recorded);
        var queue = new PriorityPermitQueue(_time);
        var interactive = queue.AcquireAsync(DirectoryPriority.Interactive).AsTask();

        _time.Advance(TimeSpan.FromMilliseconds(300));
        queue.AddPermits(1, 2, _time.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.True(await interactive);
        Assert.True(await queue.AcquireAsync(DirectoryPriority.Bulk)); // a permit at hand: no wait

        Assert.Equal(TimeSpan.FromMilliseconds(300), queue.LongestWaitLastMinute(DirectoryPriority.Interactive));
        Assert.Equal(TimeSpan.Zero, queue.LongestWaitLastMinute(DirectoryPriority.Bulk));
        Assert.Contains((0.3, "Interactive"), recorded);
        Assert.Contains((0.0, "Bulk"), recorded);
    }

    [Fact]
    public async Task The_longest_wait_is_of_the_last_minute_only()
    {
        var queue = new PriorityPermitQueue(_time);
        var sync = queue.AcquireAsync(DirectoryPriority.Sync).AsTask();
        _time.Advance(TimeSpan.FromSeconds(2));
        queue.AddPermits(1, 1, _time.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.True(await sync);
        Assert.Equal(TimeSpan.FromSeconds(2), queue.LongestWaitLastMinute(DirectoryPriority.Sync));

        _time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(TimeSpan.Zero, queue.LongestWaitLastMinute(DirectoryPriority.Sync));
    }

    [Fact]
    public async Task The_silo_reports_each_class_with_its_longest_wait_and_the_quota_shows_the_longest_of_any_silo()
    {
        var queue = new PriorityPermitQueue(_time);
        var waiting = queue.AcquireAsync(DirectoryPriority.Deadline).AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(1_250));
        queue.AddPermits(1, 1, _time.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.True(await waiting);

        var silo1 = QuotaLeaseService.ClassUse(queue);
        var silo2 = silo1.Select(c => c with { LongestWaitMs = c.Class == "Deadline" ? 400 : 7 }).ToList();
        var reports = new ClassUseReports(_time);
        reports.Report("silo-1", silo1);
        reports.Report("silo-2", silo2);
        var summed = reports.Summed().ToDictionary(c => c.Class);

        Assert.Equal(1_250, silo1.Single(c => c.Class == "Deadline").LongestWaitMs);
        Assert.Equal(1_250, summed["Deadline"].LongestWaitMs);
        Assert.Equal(7, summed["Interactive"].LongestWaitMs);
    }

    private static MeterListener Listen(ConcurrentBag<(double Seconds, string? Class)> recorded)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument, BelajarMetrics.QuotaWait))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            string? priority = null;
            foreach (var tag in tags)
            {
                if (tag.Key == BelajarMetrics.ClassTag)
                {
                    priority = tag.Value as string;
                }
            }

            recorded.Add((Math.Round(value, 6), priority));
        });
        listener.Start();
        return listener;
    }
}
