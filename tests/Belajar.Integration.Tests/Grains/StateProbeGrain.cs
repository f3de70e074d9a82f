using Belajar.Abstractions;
using Orleans.Runtime;

namespace Belajar.Integration.Tests.Grains;

/// <summary>Keeps its state in the <c>accounts</c> storage.</summary>
public sealed class StateProbeGrain(
    [PersistentState("state-probe", StorageNames.Accounts)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, IStateProbeGrain
{
    public async Task SaveAsync(ProbeState value)
    {
        state.State = value;
        await state.WriteStateAsync();
    }

    public Task<ProbeState?> LoadAsync() => Task.FromResult(state.RecordExists ? state.State : null);

    public Task<SiloAddress> GetSiloAsync() => Task.FromResult(silo.SiloAddress);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
