using Belajar.Domain;

namespace Belajar.Abstractions.Schools;

/// <summary>The three lists of "Unduh Akun": learners, teachers (PTK), and the head's and operators' accounts.</summary>
[GenerateSerializer, Alias("belajar.AccountKind")]
public enum AccountKind
{
    PesertaDidik = 0,
    Ptk = 1,
    Admin = 2,
}

/// <summary>Which list of "Unduh Akun" a role belongs to.</summary>
public static class AccountKinds
{
    /// <summary>The kind of an account of <paramref name="role"/>: learners, teachers (PTK), or heads and operators.</summary>
    public static AccountKind Of(AccountRole role) => role switch
    {
        AccountRole.PesertaDidik => AccountKind.PesertaDidik,
        AccountRole.Guru => AccountKind.Ptk,
        _ => AccountKind.Admin,
    };
}
