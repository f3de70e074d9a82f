using System.Collections.Concurrent;
using Belajar.LocalServices;
using Orleans.Reminders.Diagnostics;

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
        using var loaded = new LoadedReminders();
        var key = $"far-{Guid.NewGuid():N}";
        var probe = cluster.Grains.GetGrain<IClockProbeGrain>(key);
        var due = Whole(PostgresLifecycleCluster.Clock.GetUtcNow().AddDays(3));
        await probe.RegisterAsync(due);

        Assert.NotNull(await cluster.ReadRowAsync(probe.GetGrainId(), ClockProbeGrain.ReminderName)); // stored
        Assert.DoesNotContain(await RangeAsync(), e => e.GrainId == probe.GetGrainId()); // not read by the refreshes

        await StepThroughAsync(
            due.AddMinutes(-12), due, loaded, probe.GetGrainId(), () => ClockProbeGrain.FiredAt(key).Count > 0, "the far-out reminder to fire");

        // loaded before its start time: a reminder loaded after it would skip to the next 15-minute tick
        Assert.InRange(ClockProbeGrain.FiredAt(key)[0], due, due + Step);
        await probe.UnregisterAsync();
    }

    [Fact]
    public async Task A_removed_reminder_never_fires_whether_removed_far_out_or_once_loaded()
    {
        using var loaded = new LoadedReminders();
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

        await StepThroughAsync(
            PostgresLifecycleCluster.Clock.GetUtcNow(), due, loaded, keep.GetGrainId(),
            () => ClockProbeGrain.FiredAt(Key(keep)).Count > 0 && PostgresLifecycleCluster.Clock.GetUtcNow() > due.AddMinutes(20),
            "the kept reminder to fire and the clock to pass its next tick");

        Assert.InRange(ClockProbeGrain.FiredAt(Key(keep))[0], due, due + Step);
        Assert.Empty(ClockProbeGrain.FiredAt(Key(removedFar)));
        Assert.Empty(ClockProbeGrain.FiredAt(Key(removedLoaded)));
        await keep.UnregisterAsync();
    }

    /// <summary>
    /// Steps the silo's clock from <paramref name="from"/> until <paramref name="done"/>, but never onto <paramref name="due"/>
    /// before the reminder service has loaded <paramref name="grain"/>'s reminder. The clock is fake and the refreshes read a real
    /// database: on a busy machine the clock would otherwise run past a refresh still in flight, and a reminder loaded after its
    /// start time waits for its next tick. Holding the clock does not hide a read that leaves the row out: then nothing loads it
    /// and the wait times out.
    /// </summary>
    private static async Task StepThroughAsync(
        DateTimeOffset from, DateTimeOffset due, LoadedReminders loaded, GrainId grain, Func<bool> done, string what)
    {
        var clock = PostgresLifecycleCluster.Clock;
        if (from > clock.GetUtcNow())
        {
            clock.SetUtcNow(from);
        }

        await Poll.UntilAsync(
            () =>
            {
                if (done())
                {
                    return Task.FromResult(true);
                }

                if (clock.GetUtcNow() + Step < due || loaded.Contains(grain))
                {
                    clock.Advance(Step);
                }

                return Task.FromResult(false);
            },
            d => d, TimeSpan.FromSeconds(120), what);
    }

    /// <summary>The grains whose reminder the silo's reminder service has started locally (loaded from the table or registered).</summary>
    private sealed class LoadedReminders : IObserver<ReminderEvents.ReminderEvent>, IDisposable
    {
        private readonly ConcurrentDictionary<GrainId, bool> _started = new();
        private readonly IDisposable _subscription;

        public LoadedReminders() => _subscription = ReminderEvents.AllEvents.Subscribe(this);

        public bool Contains(GrainId grain) => _started.ContainsKey(grain);

        public void OnNext(ReminderEvents.ReminderEvent value)
        {
            if (value is ReminderEvents.LocalReminderStarted started)
            {
                _started[started.GrainId] = true;
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose() => _subscription.Dispose();
    }

    private static string Key(IClockProbeGrain grain) => grain.GetPrimaryKeyString();

    private static DateTimeOffset Whole(DateTimeOffset time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>What a refresh of the whole ring reads now.</summary>
    private async Task<IList<ReminderEntry>> RangeAsync() => (await cluster.ReminderTable.ReadRows(0u, 0u)).Reminders;
}
