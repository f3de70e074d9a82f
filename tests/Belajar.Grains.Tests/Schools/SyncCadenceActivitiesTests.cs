using Belajar.Directory;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Schools;

namespace Belajar.Grains.Tests.Schools;

/// <summary>
/// The school's <c>sync</c> reminder when sign-ins come from the login activities (<see cref="SyncCadence.WithActivities"/>),
/// the page reading of <see cref="LoginSignIns"/> and the discovery settings' validation.
/// </summary>
public class SyncCadenceActivitiesTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 31, 23, 59, 59, TimeSpan.Zero);
    private static readonly TimeSpan Delay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(14);

    [Fact]
    public void Before_the_deadline_a_tick_lists_nothing_and_waits_for_the_sync_after_it_at_most_the_longest_period_ahead()
    {
        Assert.Equal(new ActivitiesSyncPlan(false, Longest), SyncCadence.WithActivities(Deadline.AddDays(-100), Deadline, Delay, Longest));
        Assert.Equal(
            new ActivitiesSyncPlan(false, TimeSpan.FromHours(3) + Delay), SyncCadence.WithActivities(Deadline.AddHours(-3), Deadline, Delay, Longest));
        Assert.Equal(new ActivitiesSyncPlan(false, TimeSpan.FromSeconds(30)), SyncCadence.WithActivities(Deadline + TimeSpan.FromSeconds(30), Deadline, Delay, Longest));
    }

    [Fact]
    public void At_or_after_the_sync_after_the_deadline_the_tick_lists_once_and_nothing_is_scheduled_after_it()
    {
        Assert.Equal(new ActivitiesSyncPlan(true, null), SyncCadence.WithActivities(Deadline + Delay, Deadline, Delay, Longest));
        Assert.Equal(new ActivitiesSyncPlan(true, null), SyncCadence.WithActivities(Deadline.AddDays(3), Deadline, Delay, Longest));
    }

    [Fact]
    public void Without_a_sync_after_the_deadline_no_sync_is_scheduled_at_all()
    {
        Assert.Equal(new ActivitiesSyncPlan(false, null), SyncCadence.WithActivities(Deadline.AddDays(-100), Deadline, null, Longest));
        Assert.Equal(new ActivitiesSyncPlan(false, null), SyncCadence.WithActivities(Deadline.AddDays(1), Deadline, null, Longest));
    }

    [Fact]
    public void A_page_gives_each_address_once_in_lower_case_with_its_newest_success_and_leaves_out_what_the_watermark_saw()
    {
        var start = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var watermark = new SignInWatermark(start, TimeSpan.FromMinutes(15));
        Activity A(string time, string qualifier, string email, string name = LoginSignIns.Success) => new()
        {
            Id = new ActivityId { Time = time, UniqueQualifier = qualifier },
            Actor = new ActivityActor { Email = email },
            Events = [new ActivityEvent { Name = name }],
        };

        var first = LoginSignIns.Of(
            [
                A("2026-08-01T10:00:00.000Z", "1", "Siti@Belajar.id"),
                A("2026-08-01T09:00:00.000Z", "2", "siti@belajar.id"),
                A("2026-08-01T08:00:00.000Z", "3", "budi@belajar.id", "login_failure"),
                A("2026-08-01T07:00:00.000Z", "4", "ani@belajar.id"),
            ],
            watermark);
        Assert.Equal(2, first.Count);
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero), first["siti@belajar.id"]);
        Assert.True(first.ContainsKey("ani@belajar.id"));

        // the next read starts 15 minutes before the newest: the activity seen there is not reported again
        var again = LoginSignIns.Of([A("2026-08-01T10:05:00.000Z", "5", "budi@belajar.id"), A("2026-08-01T10:00:00.000Z", "1", "siti@belajar.id")], watermark);
        Assert.Equal(["budi@belajar.id"], again.Keys);
    }

    [Fact]
    public void The_validator_names_a_discovery_period_outside_orleans_reminder_periods_and_a_negative_overlap()
    {
        var validator = new LifecycleOptionsValidator();
        var tooShort = validator.Validate(null, new LifecycleOptions { SignInDiscoveryPeriod = TimeSpan.FromSeconds(30) });
        Assert.Contains("Lifecycle:SignInDiscoveryPeriod", tooShort.FailureMessage, StringComparison.Ordinal);
        var tooLong = validator.Validate(null, new LifecycleOptions { SignInDiscoveryPeriod = TimeSpan.FromDays(60) });
        Assert.Contains("Lifecycle:SignInDiscoveryPeriod must be at most 45.00:00:00", tooLong.FailureMessage, StringComparison.Ordinal);
        var overlap = validator.Validate(null, new LifecycleOptions { SignInDiscoveryOverlap = TimeSpan.FromMinutes(-1) });
        Assert.Contains("Lifecycle:SignInDiscoveryOverlap", overlap.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(SignInDiscoveryMode.Listing, new LifecycleOptions().SignInDiscovery);
    }
}
