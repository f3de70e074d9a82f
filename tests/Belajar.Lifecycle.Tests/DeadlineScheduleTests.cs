using Belajar.Grains.Lifecycle;

namespace Belajar.Lifecycle.Tests;

public sealed class DeadlineScheduleTests
{
    private static readonly LifecycleOptions Options = new()
    {
        ActivationDeadline = new DateTimeOffset(2021, 6, 30, 23, 59, 59, TimeSpan.FromHours(7)),
        MinimumGracePeriod = TimeSpan.FromDays(180),
        DeactivationWindow = TimeSpan.FromMinutes(30),
    };

    [Fact]
    public void An_account_created_early_is_due_at_the_deadline_within_the_window()
    {
        var due = DeadlineSchedule.DueAt(new DateTimeOffset(2020, 10, 1, 0, 0, 0, TimeSpan.Zero), "pd-abc", Options);

        Assert.InRange(due, Options.ActivationDeadline, Options.ActivationDeadline + Options.DeactivationWindow);
    }

    [Fact]
    public void An_account_created_late_is_due_after_its_creation_plus_the_minimum_grace_period()
    {
        var created = new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero);

        var due = DeadlineSchedule.DueAt(created, "pd-abc", Options);

        Assert.InRange(due, created.AddDays(180), created.AddDays(180) + Options.DeactivationWindow);
    }

    [Fact]
    public void Due_times_are_stable_per_key_and_spread_across_the_window()
    {
        var created = new DateTimeOffset(2020, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var dues = Enumerable.Range(0, 10_000).Select(i => DeadlineSchedule.DueAt(created, $"pd-{i}", Options)).ToList();

        Assert.Equal(dues[42], DeadlineSchedule.DueAt(created, "pd-42", Options));
        var minutes = dues.GroupBy(d => (int)(d - Options.ActivationDeadline).TotalMinutes).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(30, minutes.Count);
        Assert.All(minutes.Values, count => Assert.InRange(count, 250, 420)); // ~333 a minute
    }

    [Fact]
    public void A_due_time_beyond_what_Orleans_accepts_is_capped_and_a_past_one_fires_at_once()
    {
        var now = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(DeadlineSchedule.MaxReminderDueTime, DeadlineSchedule.ReminderDueTime(now.AddDays(200), now));
        Assert.Equal(TimeSpan.FromSeconds(1), DeadlineSchedule.ReminderDueTime(now.AddDays(-3), now));
        Assert.Equal(TimeSpan.FromHours(5), DeadlineSchedule.ReminderDueTime(now.AddHours(5), now));
    }

    [Fact]
    public void Options_that_cannot_schedule_are_refused_with_the_setting_to_fix()
    {
        var result = new LifecycleOptionsValidator().Validate(null, new LifecycleOptions
        {
            SyncPeriod = TimeSpan.FromSeconds(10),
            DeactivationWindow = TimeSpan.FromMinutes(-1),
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Lifecycle:SyncPeriod", StringComparison.Ordinal) && f.Contains("00:01:00", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Lifecycle:DeactivationWindow", StringComparison.Ordinal));
        Assert.True(new LifecycleOptionsValidator().Validate(null, new LifecycleOptions()).Succeeded);
    }
}
