using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;

namespace Belajar.Api.Accounts;

/// <summary>What the reactivation and the help after activation need of a school; <see cref="OrleansAccountRecovery"/> asks its <see cref="ISchoolGrain"/>.</summary>
public interface IAccountRecovery
{
    /// <summary>The school, or null when no run has brought it.</summary>
    Task<SchoolInfo?> GetSchoolAsync(string npsn);

    /// <summary>Reactivates a deactivated user of the school; null when the user is not one of its.</summary>
    /// <exception cref="AccountActionRefusedException">The account is not deactivated.</exception>
    Task<Reactivation?> ReactivateAsync(string npsn, string userId);

    /// <summary>A new initial password for an activated user of the school; null when the user is not one of its.</summary>
    /// <exception cref="AccountActionRefusedException">Not activated, or a head of school's or operator's account.</exception>
    Task<string?> SetPasswordAfterActivationAsync(string npsn, string userId);
}

/// <summary><see cref="IAccountRecovery"/> through the cluster: one <see cref="ISchoolGrain"/> per NPSN.</summary>
public sealed class OrleansAccountRecovery(IGrainFactory grains) : IAccountRecovery
{
    /// <inheritdoc />
    public Task<SchoolInfo?> GetSchoolAsync(string npsn) => School(npsn).GetInfoAsync();

    /// <inheritdoc />
    public Task<Reactivation?> ReactivateAsync(string npsn, string userId) => School(npsn).ReactivateAsync(userId);

    /// <inheritdoc />
    public Task<string?> SetPasswordAfterActivationAsync(string npsn, string userId) => School(npsn).SetPasswordAfterActivationAsync(userId);

    private ISchoolGrain School(string npsn) => grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
}
