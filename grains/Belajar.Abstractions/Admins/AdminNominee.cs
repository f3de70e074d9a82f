using System.Text;

namespace Belajar.Abstractions.Admins;

/// <summary>A person a Dinas puts forward as regional administrator. The NIK is checked before it gets here.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AdminNominee")]
public sealed record AdminNominee(
    [property: Id(0)] string FullName,
    [property: Id(1)] string Nik,
    [property: Id(2)] string Email)
{
    /// <summary>Without the NIK: a record's text reaches logs (Orleans traces message bodies at Trace level).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("FullName = ").Append(FullName).Append(", Nik = ***, Email = ").Append(Email);
        return true;
    }
}

