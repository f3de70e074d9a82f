using Belajar.Abstractions;
using Orleans.Runtime;

namespace Belajar.Integration.Tests.Grains;

/// <summary>Records the first silo its reminder fires on; firing again changes nothing (idempotent).</summary>
public sealed class ReminderProbeGrain(
    [PersistentState("reminder-probe", StorageNames.Schools)] IPersistentState<ReminderProbeState> state,
    ILocalSiloDetails silo) : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    public Task StartAsync(TimeSpan dueTime) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime, TimeSpan.FromMinutes(1));

    public Task<string?> GetFiredOnAsync() => Task.FromResult(state.State.FiredOn);

    public Task<SiloAddress> GetSiloAsync() => Task.FromResult(silo.SiloAddress);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.FiredOn is null)
        {
            state.State.FiredOn = silo.SiloAddress.ToString();
            await state.WriteStateAsync();
        }
    }
}
