using System.Text;

namespace Belajar.Abstractions.Admins;

/// <summary>What the built-in identity provider needs to sign an active regional administrator in.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AdminSignIn")]
public sealed record AdminSignIn(
    [property: Id(0)] string UserId,
    [property: Id(1)] string PasswordHash,
    [property: Id(2)] string KodeWilayah,
    [property: Id(3)] string FullName)
{
    /// <summary>Without the password hash: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("UserId = ").Append(UserId).Append(", PasswordHash = ***, KodeWilayah = ").Append(KodeWilayah).Append(", FullName = ").Append(FullName);
        return true;
    }
}

