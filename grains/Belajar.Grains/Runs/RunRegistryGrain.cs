using Belajar.Abstractions;
using Belajar.Abstractions.Runs;

namespace Belajar.Grains.Runs;

/// <summary>The stored list of runs, oldest first.</summary>
[GenerateSerializer, Alias("belajar.RunRegistryState")]
public sealed class RunRegistryState
{
    [Id(0)] public List<string> RunIds { get; set; } = [];
}

/// <summary>Every run there has been, so that <c>GET /api/v1/runs</c> can list them.</summary>
public sealed class RunRegistryGrain(
    [PersistentState("runregistry", StorageNames.Runs)] IPersistentState<RunRegistryState> state) : Grain, IRunRegistryGrain
{
    public async Task RegisterAsync(string runId)
    {
        if (!state.State.RunIds.Contains(runId))
        {
            state.State.RunIds.Add(runId);
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>(Enumerable.Reverse(state.State.RunIds).ToList());
}
