using System.Text;

namespace Belajar.Abstractions.Admins;

/// <summary>
/// What an approval (or a reissue) needs besides the nomination: the initial password for Google and its bcrypt hash for the
/// built-in identity provider. The caller sends the password on by email and keeps no copy; the region keeps only the hash.
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.AdminApproval")]
public sealed record AdminApproval(
    [property: Id(0)] string DecidedBy,
    [property: Id(1)] string InitialPassword,
    [property: Id(2)] string PasswordHash)
{
    /// <summary>Without the password and its hash: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("DecidedBy = ").Append(DecidedBy).Append(", InitialPassword = ***, PasswordHash = ***");
        return true;
    }
}

/// <summary>The administrator an approval made, with the nominee's NIK and email so that the caller can send the credentials.</summary>
[GenerateSerializer, Immutable, Alias("belajar.ApprovedAdmin")]
public sealed record ApprovedAdmin(
    [property: Id(0)] RegionalAdminView Admin,
    [property: Id(1)] string Nik)
{
    /// <summary>Without the NIK: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Admin = ").Append(Admin).Append(", Nik = ***");
        return true;
    }
}
