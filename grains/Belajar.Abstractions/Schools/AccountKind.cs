namespace Belajar.Abstractions.Schools;

/// <summary>The three lists of "Unduh Akun": learners, teachers (PTK), and the head's and operators' accounts.</summary>
[GenerateSerializer, Alias("belajar.AccountKind")]
public enum AccountKind
{
    PesertaDidik = 0,
    Ptk = 1,
    Admin = 2,
}
