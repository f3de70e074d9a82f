using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Accounts;

/// <summary><see cref="ISchoolAccounts"/> through the cluster: one <see cref="ISchoolGrain"/> per NPSN.</summary>
public sealed class OrleansSchoolAccounts(IGrainFactory grains) : ISchoolAccounts
{
    /// <inheritdoc />
    public Task<SchoolInfo?> GetSchoolAsync(string npsn) => School(npsn).GetInfoAsync();

    /// <inheritdoc />
    public Task<IReadOnlyList<AccountCredentialRow>> GetCredentialsAsync(string npsn, AccountKind kind, bool markDistributed) =>
        School(npsn).GetCredentialsAsync(kind, markDistributed);

    /// <inheritdoc />
    public Task<string?> ResetPasswordAsync(string npsn, string userId) => School(npsn).ResetPasswordAsync(userId);

    private ISchoolGrain School(string npsn) => grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
}
