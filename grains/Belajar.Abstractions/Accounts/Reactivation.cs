using System.Text;

namespace Belajar.Abstractions.Accounts;

/// <summary>
/// What an account answers to its reactivation: the new initial password in plain text (shown once, to whoever asked), the
/// record that holds it encrypted (for the school's records, the download and the cards), and the account's own new deadline.
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.Reactivation")]
public sealed record Reactivation(
    [property: Id(0)] string InitialPassword,
    [property: Id(1)] AccountRecord Record,
    [property: Id(2)] DateTimeOffset DeadlineAt)
{
    /// <summary>Without the password: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("InitialPassword = ***, Record = ").Append(Record).Append(", DeadlineAt = ").Append(DeadlineAt.ToString("O"));
        return true;
    }
}
