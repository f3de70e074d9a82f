using System.Collections.Concurrent;

namespace Belajar.Lifecycle.Tests.Postgres;

/// <summary>A grain whose one reminder records, in process, the silo-clock times it fired at.</summary>
[Alias("Belajar.Lifecycle.Tests.IClockProbeGrain")]
public interface IClockProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder to start at <paramref name="due"/> (period 15 minutes: a late load shows as a tick a quarter of an hour late).</summary>
    [Alias("Register")]
    Task RegisterAsync(DateTimeOffset due);

    [Alias("Unregister")]
    Task UnregisterAsync();
}

public sealed class ClockProbeGrain(TimeProvider time) : Grain, IClockProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    /// <summary>Fired times per probe key (the silo runs in the test process).</summary>
    public static readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Fired = new();

    public Task RegisterAsync(DateTimeOffset due) =>
        this.RegisterOrUpdateReminder(ReminderName, due - time.GetUtcNow(), TimeSpan.FromMinutes(15));

    public async Task UnregisterAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Fired.GetOrAdd(this.GetPrimaryKeyString(), _ => new()).Enqueue(time.GetUtcNow());
        return Task.CompletedTask;
    }

    public static IReadOnlyList<DateTimeOffset> FiredAt(string key) => Fired.TryGetValue(key, out var q) ? q.ToArray() : [];
}
