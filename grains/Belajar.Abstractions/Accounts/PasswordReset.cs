using System.Text;

namespace Belajar.Abstractions.Accounts;

/// <summary>
/// What an account answers to a password reset: the new initial password in plain text (shown once, to the operator who asked)
/// and the account's record with that password already encrypted, which its school applies as it is (encrypted once, by the
/// account).
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.PasswordReset")]
public sealed record PasswordReset(
    [property: Id(0)] string InitialPassword,
    [property: Id(1)] AccountRecord Record)
{
    /// <summary>Without the password: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("InitialPassword = ***, Record = ").Append(Record);
        return true;
    }
}

