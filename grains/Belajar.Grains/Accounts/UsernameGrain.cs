using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
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
/// new address instead of two; the row and state name are the ones the earlier <c>[PersistentState("username")]</c> facet used.
/// </remarks>
public sealed class UsernameGrain([FromKeyedServices(StorageNames.Usernames)] IGrainStorage storage) : Grain, IUsernameGrain
{
    /// <summary>The state name of the stored row.</summary>
    public const string StateName = "username";

    private UsernameState? _state;
    private string? _etag;

    public async Task<bool> ClaimAsync(string accountKey)
    {
        if (_state is null)
        {
            var claim = new UsernameState { OwnerAccountKey = accountKey };
            try
            {
                _etag = await GrainRows.WriteAsync(storage, StateName, this.GetGrainId(), claim, etag: null);
                _state = claim;
                return true;
            }
            catch (InconsistentStateException)
            {
                await LoadAsync(); // the address has a row: its claim decides
            }
        }

        var state = _state!;
        if (state.External)
        {
            return false;
        }

        if (state.OwnerAccountKey is { } owner)
        {
            return owner == accountKey;
        }

        state.OwnerAccountKey = accountKey;
        await WriteAsync();
        return true;
    }

    public async Task ReleaseAsync(string accountKey)
    {
        await LoadAsync();
        if (_state!.OwnerAccountKey == accountKey)
        {
            _state.OwnerAccountKey = null;
            await WriteAsync();
        }
    }

    public async Task MarkExternalAsync()
    {
        await LoadAsync();
        _state!.External = true;
        _state.OwnerAccountKey = null;
        await WriteAsync();
    }

    public async Task<string?> GetOwnerAsync()
    {
        await LoadAsync();
        return _state!.OwnerAccountKey;
    }

    private async Task LoadAsync()
    {
        if (_state is null)
        {
            (_state, _etag) = await GrainRows.ReadAsync<UsernameState>(storage, StateName, this.GetGrainId());
        }
    }

    /// <summary>Writes the claim; a failed write leaves the row unknown, so the activation forgets it and reads it next time.</summary>
    private async Task WriteAsync()
    {
        try
        {
            _etag = await GrainRows.WriteAsync(storage, StateName, this.GetGrainId(), _state!, _etag);
        }
        catch
        {
            _state = null;
            _etag = null;
            throw;
        }
    }
}
