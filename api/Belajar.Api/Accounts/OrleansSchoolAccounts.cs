using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Accounts;

/// <summary><see cref="ISchoolAccounts"/> through the cluster: one <see cref="ISchoolGrain"/> per NPSN.</summary>
public sealed class OrleansSchoolAccounts(IGrainFactory grains, DownloadRowsCache cache) : ISchoolAccounts
{
    /// <inheritdoc />
    public Task<SchoolInfo?> GetSchoolAsync(string npsn) => School(npsn).GetInfoAsync();

    /// <inheritdoc />
    public Task<IReadOnlyList<AccountView>> GetAccountsAsync(string npsn) => School(npsn).GetAccountsAsync(null);

    /// <inheritdoc />
    /// <remarks>
    /// With the cache on, the school's records version is read first and the rows after it: rows tagged with a version are never
    /// older than it, so a later download with the same version may use them (a mark, reset or sync changes the version). Rows
    /// read while marking carry the version from before the mark and are never used again.
    /// </remarks>
    public async Task<IReadOnlyList<AccountCredentialRow>> GetCredentialsAsync(string npsn, AccountKind kind, bool markDistributed)
    {
        var school = School(npsn);
        if (!cache.Enabled)
        {
            return await school.GetCredentialsAsync(kind, markDistributed);
        }

        var version = await school.GetRecordsVersionAsync();
        if (version is not null && cache.TryGet(npsn, kind, markDistributed, version, out var cached))
        {
            return cached;
        }

        var rows = await school.GetCredentialsAsync(kind, markDistributed);
        if (version is not null)
        {
            cache.Set(npsn, kind, markDistributed, version, rows);
        }

        return rows;
    }

    /// <inheritdoc />
    public Task<int> MarkDistributedAsync(string npsn, IReadOnlyList<string> accountKeys) =>
        accountKeys.Count == 0 ? Task.FromResult(0) : School(npsn).MarkDistributedAsync(accountKeys);

    /// <inheritdoc />
    public Task<string?> ResetPasswordAsync(string npsn, string userId) => School(npsn).ResetPasswordAsync(userId);

    private ISchoolGrain School(string npsn) => grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
}
