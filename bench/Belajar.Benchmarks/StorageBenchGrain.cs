using Belajar.Abstractions;

namespace Belajar.Benchmarks;

/// <summary>Writes its state (in the <c>accounts</c> storage) on every call.</summary>
public sealed class StorageBenchGrain(
    [PersistentState("storage-bench", StorageNames.Accounts)] IPersistentState<StorageBenchState> state)
    : Grain, IStorageBenchGrain
{
    public Task WriteAsync(int value)
    {
        state.State.Value = value;
        state.State.Username = $"{this.GetPrimaryKeyString()}@belajar.id";
        state.State.UpdatedAt = DateTimeOffset.UtcNow;
        return state.WriteStateAsync();
    }
}
