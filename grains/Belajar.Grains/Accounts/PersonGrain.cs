using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Belajar.Grains.Accounts;

/// <summary>The stored claim of one person: the Dapodik id their accounts are keyed by.</summary>
[GenerateSerializer, Alias("belajar.PersonState")]
public sealed class PersonState
{
    /// <summary>The <c>ptk_id</c> of the first row that claimed the person (stored: never renumber).</summary>
    [Id(0)] public string? DapodikId { get; set; }
}

/// <summary>
/// The one place that decides which Dapodik id keys a person's accounts (<see cref="PersonIdentity"/>), cluster-wide: the first
/// claim wins, and is persisted before it answers. Like the address claims (<see cref="UsernameGrain"/>) a claim inserts its row
/// without reading first, and a row that exists decides. The rows live in the claims' storage (<see cref="StorageNames.Usernames"/>).
/// </summary>
public sealed class PersonGrain([FromKeyedServices(StorageNames.Usernames)] IGrainStorage storage) : RowGrain<PersonState>, IPersonGrain
{
    protected override IGrainStorage Storage => storage;

    protected override string StateName => "person";

    public async Task<string> ClaimAsync(string dapodikId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dapodikId);
        if (!IsLoaded)
        {
            AssumeNew(new PersonState { DapodikId = dapodikId });
            try
            {
                await WriteAsync();
                return dapodikId;
            }
            catch (InconsistentStateException)
            {
                await LoadAsync(); // the person has a row: its claim decides
            }
        }

        if (Row.DapodikId is { } claimed)
        {
            return claimed;
        }

        Row.DapodikId = dapodikId;
        await WriteAsync();
        return dapodikId;
    }
}
