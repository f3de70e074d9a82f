using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Belajar.Grains.Accounts;

/// <summary>The stored claim of one address.</summary>
[GenerateSerializer, Alias("belajar.UsernameState")]
public sealed class UsernameState
{
    [Id(0)] public string? OwnerAccountKey { get; set; }
    /// <summary>Google already has this address for a user that is not ours.</summary>
    [Id(1)] public bool External { get; set; }
}

/// <summary>
/// The one place that decides who owns an address, cluster-wide: the first claim wins, and is persisted before it answers.
/// </summary>
/// <remarks>
/// Nearly every address is claimed once, by a new account, and the activation is the first this address ever had: so a claim
/// on a fresh activation does not read the row first, it inserts the claim, and the storage refuses the insert when a row exists
/// (someone claimed the address before, or it was marked external), in which case the stored claim decides. One statement per
/// new address instead of two; the row and state name are the ones the earlier <c>[PersistentState("username")]</c> facet used
/// (<see cref="RowGrain{TState}"/>).
/// </remarks>
public sealed class UsernameGrain([FromKeyedServices(StorageNames.Usernames)] IGrainStorage storage) : RowGrain<UsernameState>, IUsernameGrain
{
    protected override IGrainStorage Storage => storage;

    /// <summary>The state name of the stored row (unchanged since the claim used a <c>[PersistentState("username")]</c> facet).</summary>
    protected override string StateName => "username";

    public async Task<bool> ClaimAsync(string accountKey)
    {
        if (!IsLoaded)
        {
            AssumeNew(new UsernameState { OwnerAccountKey = accountKey });
            try
            {
                await WriteAsync();
                return true;
            }
            catch (InconsistentStateException)
            {
                await LoadAsync(); // the address has a row: its claim decides
            }
        }

        if (Row.External)
        {
            return false;
        }

        if (Row.OwnerAccountKey is { } owner)
        {
            return owner == accountKey;
        }

        Row.OwnerAccountKey = accountKey;
        await WriteAsync();
        return true;
    }

    public async Task ReleaseAsync(string accountKey)
    {
        await LoadAsync();
        if (Row.OwnerAccountKey == accountKey)
        {
            Row.OwnerAccountKey = null;
            await WriteAsync();
        }
    }

    public async Task MarkExternalAsync()
    {
        await LoadAsync();
        Row.External = true;
        Row.OwnerAccountKey = null;
        await WriteAsync();
    }

    public async Task<string?> GetOwnerAsync()
    {
        await LoadAsync();
        return Row.OwnerAccountKey;
    }
}
