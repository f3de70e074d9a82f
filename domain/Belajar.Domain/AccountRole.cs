namespace Belajar.Domain;

/// <summary>The role an account is made for, as the circular names them (point 3).</summary>
public enum AccountRole
{
    /// <summary>A learner; account key prefix <c>pd-</c>, <c>peran</c> <c>peserta-didik</c>.</summary>
    PesertaDidik = 1,

    /// <summary>A teacher; key prefix <c>guru-</c>, <c>peran</c> <c>guru</c>.</summary>
    Guru = 2,

    /// <summary>The head of school; key prefix <c>adm-</c>, <c>peran</c> <c>kepala-sekolah</c>.</summary>
    KepalaSekolah = 3,

    /// <summary>A school operator; key prefix <c>adm-</c>, <c>peran</c> <c>operator</c>.</summary>
    Operator = 4,
}
