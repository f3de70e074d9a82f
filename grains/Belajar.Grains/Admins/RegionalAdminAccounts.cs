using Belajar.Abstractions.Admins;
using Belajar.Directory;
using Belajar.Grains.Accounts;
using Belajar.Grains.Directory;
using Belajar.Grains.Quota;

namespace Belajar.Grains.Admins;

/// <summary>The Google side of regional administrators: the account with its delegated role, suspension, a new password.</summary>
public static class RegionalAdminAccounts
{
    private const int MaxAddressAttempts = 9;

    /// <summary>What was created: the belajar.id address and Google's user id.</summary>
    public sealed record Created(string UserId, string GoogleUserId);

    /// <summary>
    /// Creates the administrator's account in the region's org unit (made if missing), must change its password at first sign-in,
    /// and gives it the configured role limited to that org unit. A retried approval adopts the account it made before and sets this
    /// approval's password on it, so that the mailed password is the one that works.
    /// </summary>
    public static async Task<Created> CreateAsync(
        IDirectoryCalls directory, RegionalAdminOptions options, string kodeWilayah, string scopePath, NominationView nomination, string password)
    {
        var orgUnit = await directory.CallAsync(DirectoryPriority.Interactive, async (g, ct) =>
        {
            await g.EnsureOrgUnitAsync(scopePath, ct);
            return await g.GetOrgUnitAsync(scopePath, ct);
        }) ?? throw new InvalidOperationException($"Org unit {scopePath} could not be read after it was made.");

        User? user = null;
        for (var attempt = 1; user is null; attempt++)
        {
            if (attempt > MaxAddressAttempts)
            {
                throw new AdminRefusedException($"Tidak ada alamat bebas untuk {nomination.FullName} di {options.AdminWilayahDomain} setelah {MaxAddressAttempts} percobaan.");
            }

            var wanted = ForInsert(nomination, AdminAddresses.For(nomination.FullName, kodeWilayah, options.AdminWilayahDomain, attempt), scopePath, password);
            var result = await directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.CreateUserAsync(wanted, ct));
            user = result.Succeeded ? result.User : null;
            if (result.Outcome == CreateUserOutcome.Adopted && user?.PrimaryEmail is { } adopted)
            {
                // an earlier attempt made this user with another password, which nobody received: this approval's one is mailed
                await ResetPasswordAsync(directory, adopted, password);
            }
        }

        var roles = await directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.ListRolesAsync(ct));
        var role = roles.FirstOrDefault(r => string.Equals(r.RoleName, options.AdminWilayahRole, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The Directory has no role '{options.AdminWilayahRole}': set Accounts:AdminWilayahRole to an existing role name.");
        await directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.AssignRoleAsync(role.RoleId!, user.Id!, orgUnit.OrgUnitId!, ct));
        return new Created(user.PrimaryEmail!, user.Id!);
    }

    /// <summary>Suspends the account (revocation).</summary>
    public static Task SuspendAsync(IDirectoryCalls directory, string userId) =>
        directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.PatchUserAsync(userId, new User { Suspended = true }, ct));

    /// <summary>Sets a new initial password that must be changed at the next sign-in.</summary>
    public static Task ResetPasswordAsync(IDirectoryCalls directory, string userId, string password) =>
        directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.PatchUserAsync(userId, GoogleUsers.ForPasswordReset(password), ct));

    private static User ForInsert(NominationView nomination, string address, string scopePath, string password)
    {
        var name = GoogleNameRules.From(nomination.FullName);
        return new User
        {
            PrimaryEmail = address,
            Name = new UserName { GivenName = name.GivenName, FamilyName = name.FamilyName },
            Password = password,
            ChangePasswordAtNextLogin = true,
            OrgUnitPath = scopePath,
            ExternalIds = [new UserExternalId { Type = "organization", Value = $"admin-{nomination.NominationId}" }],
        };
    }
}
