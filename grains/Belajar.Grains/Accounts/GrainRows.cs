using Orleans.Storage;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Reads and writes one grain's storage row directly (the grains that keep no <c>[PersistentState]</c> facet): same storage,
/// state name and row as the facet would use. A write with a null ETag is an insert that the storage refuses with
/// <see cref="InconsistentStateException"/> when the row exists, which lets a grain that is almost always new skip the read.
/// </summary>
internal static class GrainRows
{
    public static async Task<(T State, string? ETag)> ReadAsync<T>(IGrainStorage storage, string stateName, GrainId grainId)
        where T : class, new()
    {
        var stored = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, grainId, stored);
        return (stored.State ?? new T(), stored.ETag);
    }

    /// <summary>Writes the state and answers the new ETag.</summary>
    public static async Task<string?> WriteAsync<T>(IGrainStorage storage, string stateName, GrainId grainId, T state, string? etag)
    {
        var stored = new GrainState<T>(state, etag) { RecordExists = etag is not null };
        await storage.WriteStateAsync(stateName, grainId, stored);
        return stored.ETag;
    }
}
