using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;

namespace Belajar.Grains.Accounts;

/// <summary>The stored claim of one address.</summary>
[GenerateSerializer, Alias("belajar.UsernameState")]
public sealed class UsernameState
{
    [Id(0)] public string? OwnerAccountKey { get; set; }
    /// <summary>Google already has this address for a user that is not ours.</summary>
    [Id(1)] public bool External { get; set; }
}

/// <summary>The one place that decides who owns an address, cluster-wide: the first claim wins, and is persisted before it answers.</summary>
public sealed class UsernameGrain(
    [PersistentState("username", StorageNames.Usernames)] IPersistentState<UsernameState> state) : Grain, IUsernameGrain
{
    public async Task<bool> ClaimAsync(string accountKey)
    {
        if (state.State.External)
        {
            return false;
        }

        if (state.State.OwnerAccountKey is { } owner)
        {
            return owner == accountKey;
        }

        state.State.OwnerAccountKey = accountKey;
        await state.WriteStateAsync();
        return true;
    }

    public async Task MarkExternalAsync()
    {
        state.State.External = true;
        state.State.OwnerAccountKey = null;
        await state.WriteStateAsync();
    }

    public Task<string?> GetOwnerAsync() => Task.FromResult(state.State.OwnerAccountKey);
}
