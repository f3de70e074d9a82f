using System.Globalization;
using System.Text;
using Orleans.Storage;

namespace Belajar.Hosting.Storage;

/// <summary>
/// Grain storage on PostgreSQL for the most numerous grains (accounts and address claims), with the ADO.NET provider's
/// contract: its own statements (read from <c>OrleansQuery</c> by the provider's keys), parameters, key columns, hashes
/// (<see cref="OrleansDefaultHasher"/>), versions as ETags and payload serializer, so that a row written here is the row the
/// provider would write and either reads the other's. The difference is the trip to the server: the statements of
/// concurrent grains go together through a <see cref="StorageStatementBatcher"/> (docs/provisioning.md has the figures).
/// </summary>
internal sealed class BatchedGrainStorage(StorageStatementBatcher batcher, string serviceId, IGrainStorageSerializer serializer) : IGrainStorage
{
    private static readonly OrleansDefaultHasher Hasher = new();

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var row = await batcher.ExecuteAsync(new StorageStatement(StorageStatementKind.Read, Key(stateName, grainId)));
        grainState.State = row.Payload is { } payload ? serializer.Deserialize<T>(new BinaryData(payload)) : Activator.CreateInstance<T>();
        grainState.ETag = row.Version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = row.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = serializer.Serialize(grainState.State).ToArray();
        var row = await batcher.ExecuteAsync(new StorageStatement(StorageStatementKind.Write, Key(stateName, grainId), Version(grainState.ETag), payload));
        grainState.ETag = NewVersion(row, "write", stateName, grainId, grainState.ETag);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var row = await batcher.ExecuteAsync(new StorageStatement(StorageStatementKind.Clear, Key(stateName, grainId), Version(grainState.ETag)));
        grainState.ETag = NewVersion(row, "clear", stateName, grainId, grainState.ETag);
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    /// <summary>The key columns as the ADO.NET provider computes them (string keys: the key as extension, N0 = N1 = 0).</summary>
    private StorageKey Key(string stateName, GrainId grainId)
    {
        long n0 = 0, n1 = 0;
        string? extension;
        byte[] hashBytes;
        if (grainId.TryGetGuidKey(out var guid, out extension))
        {
            var bytes = guid.ToByteArray();
            n0 = BitConverter.ToInt64(bytes, 0);
            n1 = BitConverter.ToInt64(bytes, 8);
            hashBytes = Append(bytes, extension);
        }
        else if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            n1 = integer;
            hashBytes = Append(BitConverter.GetBytes(integer), extension);
        }
        else
        {
            extension = grainId.Key.ToString();
            hashBytes = Encoding.UTF8.GetBytes(extension);
        }

        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(hashBytes);
        }

        return new StorageKey(serviceId, stateName, Hasher.Hash(Encoding.UTF8.GetBytes(stateName)), n0, n1, extension, Hasher.Hash(hashBytes));
    }

    private static byte[] Append(byte[] key, string? extension) =>
        extension is null ? key : [.. key, .. Encoding.UTF8.GetBytes(extension)];

    private static int? Version(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    /// <summary>The new version, or the provider's conflict: no version back means the row was not what the ETag said.</summary>
    private string NewVersion(StorageRow row, string operation, string stateName, GrainId grainId, string? etag) =>
        row.Version?.ToString(CultureInfo.InvariantCulture)
        ?? throw new InconsistentStateException(
            $"Version conflict ({operation}): ServiceId={serviceId} GrainType={stateName} GrainId={grainId} ETag={etag ?? "(none)"}.");
}
