using Belajar.Abstractions.Admins;
using Belajar.Api.Auth;

namespace Belajar.Api.Regions;

/// <summary>Active regional administrators for the built-in identity provider: role <c>admin-wilayah</c>, claim <c>kodeWilayah</c>.</summary>
public sealed class RegionalAdminUsers(IGrainFactory grains) : IUserDirectory
{
    /// <inheritdoc />
    public async ValueTask<DirectoryUser?> FindAsync(string username, CancellationToken cancellationToken)
    {
        if (!username.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var signIn = await grains.GetGrain<IAdminRegistryGrain>(IAdminRegistryGrain.Key).FindSignInAsync(username);
        return signIn is null
            ? null
            : new DirectoryUser(signIn.UserId, signIn.PasswordHash, BelajarRoles.AdminWilayah, null, signIn.KodeWilayah, signIn.FullName,
                MustChangePassword: signIn.MustChangePassword);
    }
}
