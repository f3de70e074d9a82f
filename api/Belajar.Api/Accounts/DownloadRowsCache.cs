using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Accounts;

/// <summary>
/// The credential rows of recent downloads, per school, kind and marking, each tagged with the school's records version it was
/// read at (<see cref="Belajar.Abstractions.Schools.ISchoolGrain.GetRecordsVersionAsync"/>). The rows hold initial passwords in
/// clear: the cache is private to this process, bounded in rows and in time, and never serialised or logged.
/// </summary>
public sealed class DownloadRowsCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _lifetime;

    public DownloadRowsCache(IOptions<DownloadCacheOptions> options)
    {
        var value = options.Value;
        _lifetime = TimeSpan.FromSeconds(Math.Max(0, value.CacheSeconds));
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, value.CacheMaxRows) });
    }

    /// <summary>False when <c>Downloads:CacheSeconds</c> is 0.</summary>
    public bool Enabled => _lifetime > TimeSpan.Zero;

    /// <summary>The rows read at <paramref name="version"/>, if they are still here.</summary>
    public bool TryGet(string npsn, AccountKind kind, bool markDistributed, string version, out IReadOnlyList<AccountCredentialRow> rows)
    {
        if (_cache.TryGetValue((npsn, kind, markDistributed), out Entry? entry) && entry is not null && entry.Version == version)
        {
            rows = entry.Rows;
            return true;
        }

        rows = [];
        return false;
    }

    /// <summary>Keeps <paramref name="rows"/>, read after the school answered <paramref name="version"/>.</summary>
    public void Set(string npsn, AccountKind kind, bool markDistributed, string version, IReadOnlyList<AccountCredentialRow> rows) =>
        _cache.Set((npsn, kind, markDistributed), new Entry(version, rows), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = _lifetime,
            Size = rows.Count + 1,
        });

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string Version, IReadOnlyList<AccountCredentialRow> Rows);
}
