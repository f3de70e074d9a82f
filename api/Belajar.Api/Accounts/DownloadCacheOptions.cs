namespace Belajar.Api.Accounts;

/// <summary>
/// Section <c>Downloads</c>: how long the api keeps a school's credential rows after reading them, so that repeated downloads of
/// one school (32 teachers' devices, a reloading operator) do not decrypt and copy the same 1,000 rows again. An entry is used
/// only while the school's stored records are unchanged (a reset, a sync, a new account or a mark invalidates it at once).
/// </summary>
public sealed class DownloadCacheOptions
{
    /// <summary>Seconds an entry lives at most (default 60); 0 turns the cache off (every download reads the school grain).</summary>
    public int CacheSeconds { get; set; } = 60;

    /// <summary>Rows kept at most across all schools (default 200,000, some 60 MB); the oldest entries go first.</summary>
    public int CacheMaxRows { get; set; } = 200_000;
}
