using Belajar.LocalServices;

namespace Belajar.Lifecycle.Tests.Postgres;

/// <summary>
/// The due-window read held against Orleans' reminder service (PostgreSQL profile, the silo's clock): what the read leaves out
/// is still loaded before it is due and fires on time; what is removed never fires.
/// </summary>
[Collection(PostgresLifecycleCollection.Name)]
public sealed class DueWindowReminderServiceTests(PostgresLifecycleCluster cluster)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reminder_registered_far_out_is_left_out_of_the_read_until_near_then_loaded_and_fired_on_time()
    {
        var key = $"far-{Guid.NewGuid():N}";
        var probe = cluster.Grains.GetGrain<IClockProbeGrain>(key);
        var due = Whole(PostgresLifecycleCluster.Clock.GetUtcNow().AddDays(3));
        await probe.RegisterAsync(due);

        Assert.NotNull(await cluster.ReadRowAsync(probe.GetGrainId(), ClockProbeGrain.ReminderName)); // stored
        Assert.DoesNotContain(await RangeAsync(), e => e.GrainId == probe.GetGrainId()); // not read by the refreshes

        await LifecycleCluster.StepUntilAsync(
            PostgresLifecycleCluster.Clock, due.AddMinutes(-12), Step, () => Task.FromResult(ClockProbeGrain.FiredAt(key).Count > 0),
            "the far-out reminder to fire");

        // loaded before its start time: a reminder loaded after it would skip to the next 15-minute tick
        Assert.InRange(ClockProbeGrain.FiredAt(key)[0], due, due + Step);
        await probe.UnregisterAsync();
    }

    [Fact]
    public async Task A_removed_reminder_never_fires_whether_removed_far_out_or_once_loaded()
    {
        var due = Whole(PostgresLifecycleCluster.Clock.GetUtcNow().AddDays(2));
        var keep = cluster.Grains.GetGrain<IClockProbeGrain>($"keep-{Guid.NewGuid():N}");
        var removedFar = cluster.Grains.GetGrain<IClockProbeGrain>($"removed-far-{Guid.NewGuid():N}");
        var removedLoaded = cluster.Grains.GetGrain<IClockProbeGrain>($"removed-loaded-{Guid.NewGuid():N}");
        await keep.RegisterAsync(due);
        await removedFar.RegisterAsync(due);
        await removedLoaded.RegisterAsync(due);
        await removedFar.UnregisterAsync();

        await LifecycleCluster.StepUntilAsync(
            PostgresLifecycleCluster.Clock, due.AddMinutes(-12), Step,
            () => Task.FromResult(PostgresLifecycleCluster.Clock.GetUtcNow() >= due.AddMinutes(-4)), "the clock to reach the loading window");
        Assert.Contains(await RangeAsync(), e => e.GrainId == removedLoaded.GetGrainId()); // in the window now
        await removedLoaded.UnregisterAsync();

        await LifecycleCluster.StepUntilAsync(
            PostgresLifecycleCluster.Clock, due, Step,
            () => Task.FromResult(ClockProbeGrain.FiredAt(Key(keep)).Count > 0 && PostgresLifecycleCluster.Clock.GetUtcNow() > due.AddMinutes(20)),
            "the kept reminder to fire and the clock to pass its next tick");

        Assert.InRange(ClockProbeGrain.FiredAt(Key(keep))[0], due, due + Step);
        Assert.Empty(ClockProbeGrain.FiredAt(Key(removedFar)));
        Assert.Empty(ClockProbeGrain.FiredAt(Key(removedLoaded)));
        await keep.UnregisterAsync();
    }

    private static string Key(IClockProbeGrain grain) => grain.GetPrimaryKeyString();

    private static DateTimeOffset Whole(DateTimeOffset time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>What a refresh of the whole ring reads now.</summary>
    private async Task<IList<ReminderEntry>> RangeAsync() => (await cluster.ReminderTable.ReadRows(0u, 0u)).Reminders;
}
