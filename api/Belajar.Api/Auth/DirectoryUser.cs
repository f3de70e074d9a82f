namespace Belajar.Api.Auth;

/// <summary>A person who may sign in to the built-in identity provider.</summary>
/// <param name="Username">The sign-in name; compared case-insensitively.</param>
/// <param name="PasswordHash">A bcrypt hash; never the password.</param>
/// <param name="Role">One of <see cref="BelajarRoles"/>.</param>
/// <param name="Npsn">The own school of an operator.</param>
/// <param name="KodeWilayah">The region of a Dinas or a regional administrator.</param>
/// <param name="Nama">The display name, when known.</param>
/// <param name="MustChangePassword">The password was mailed (a regional administrator's): sign-in answers 428 until it is changed.</param>
public sealed record DirectoryUser(
    string Username,
    string PasswordHash,
    string Role,
    string? Npsn = null,
    string? KodeWilayah = null,
    string? Nama = null,
    bool MustChangePassword = false);
