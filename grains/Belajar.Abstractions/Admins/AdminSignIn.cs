using System.Text;

namespace Belajar.Abstractions.Admins;

/// <summary>
/// What the built-in identity provider needs to sign an active regional administrator in. <see cref="MustChangePassword"/>: the
/// hash is of a password that was mailed (approval, reissue, resend), so the sign-in answers 428 until the administrator has
/// chosen an own password (<c>POST /api/v1/auth/change-password</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.AdminSignIn")]
public sealed record AdminSignIn(
    [property: Id(0)] string UserId,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string KodeWilayah,
    [property: Id(3)] string FullName,
    [property: Id(4)] bool MustChangePassword = false)
{
    /// <summary>Without the password hash: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("UserId = ").Append(UserId).Append(", PasswordHash = ***, KodeWilayah = ").Append(KodeWilayah).Append(", FullName = ").Append(FullName)
            .Append(", MustChangePassword = ").Append(MustChangePassword);
        return true;
    }
}
