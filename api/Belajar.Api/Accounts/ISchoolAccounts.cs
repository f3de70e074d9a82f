using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Accounts;

/// <summary>What the "Unduh Akun" endpoints need of a school; <see cref="OrleansSchoolAccounts"/> asks its <see cref="ISchoolGrain"/>.</summary>
public interface ISchoolAccounts
{
    /// <summary>The school, or null when no run has brought it.</summary>
    Task<SchoolInfo?> GetSchoolAsync(string npsn);

    /// <summary>Every account of the school (all kinds), never a password.</summary>
    Task<IReadOnlyList<AccountView>> GetAccountsAsync(string npsn);

    /// <summary>The credentials of one kind; marks created accounts distributed when asked.</summary>
    Task<IReadOnlyList<AccountCredentialRow>> GetCredentialsAsync(string npsn, AccountKind kind, bool markDistributed);

    /// <summary>Marks those of the accounts that are still created as distributed (printed cards); answers how many changed.</summary>
    Task<int> MarkDistributedAsync(string npsn, IReadOnlyList<string> accountKeys);

    /// <summary>A new initial password, or null when the user is not one of this school's.</summary>
    /// <exception cref="AccountNotResettableException">The account is activated, deactivated or not created.</exception>
    Task<string?> ResetPasswordAsync(string npsn, string userId);
}
