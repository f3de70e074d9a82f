namespace Belajar.Abstractions.Admins;

/// <summary>
/// The one registry (key <see cref="Key"/>) of pending nominations, for Pusdatin's list, and of active administrators' sign-in
/// data, for the built-in identity provider. The regions keep it up to date; it decides nothing.
/// </summary>
[Alias("belajar.IAdminRegistryGrain")]
public interface IAdminRegistryGrain : IGrainWithStringKey
{
    /// <summary>The registry's key.</summary>
    public const string Key = "admin-registry";

    /// <summary>Adds or replaces a nomination; a decided one leaves the pending list.</summary>
    [Alias("TrackNomination")]
    Task TrackNominationAsync(NominationView nomination);

    /// <summary>Nominations in <paramref name="state"/> (every state when null), oldest first.</summary>
    [Alias("GetNominations")]
    Task<IReadOnlyList<NominationView>> GetNominationsAsync(NominationState? state);

    /// <summary>Sets (or, with null <paramref name="signIn"/>, removes) the sign-in data of <paramref name="userId"/>.</summary>
    [Alias("SetSignIn")]
    Task SetSignInAsync(string userId, AdminSignIn? signIn);

    /// <summary>
    /// Replaces an active administrator's password hash with that of a password the administrator chose, which clears
    /// <see cref="AdminSignIn.MustChangePassword"/>; false when there is no such administrator.
    /// </summary>
    [Alias("ChangePassword")]
    Task<bool> ChangePasswordAsync(string userId, string newPasswordHash);

    /// <summary>The sign-in data of an active administrator (by belajar.id address, case-insensitive), or null.</summary>
    [Alias("FindSignIn")]
    Task<AdminSignIn?> FindSignInAsync(string userId);
}
