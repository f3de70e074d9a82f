using Belajar.Abstractions;

namespace Belajar.Benchmarks;

/// <summary>An empty grain with one persistent-state facet (read on activation, never written): the facet's own cost.</summary>
public sealed class StateOnlyBenchGrain(
    [PersistentState("idle-bench", StorageNames.Accounts)] IPersistentState<StorageBenchState> state)
    : Grain, IIdleBenchGrain
{
    private readonly IPersistentState<StorageBenchState> _state = state;

    public Task PingAsync() => _state.RecordExists ? Task.CompletedTask : Task.CompletedTask;
}
