using Belajar.Domain;
using Belajar.Dapodik;

namespace Belajar.Grains.Accounts;

/// <summary>The <c>peran</c> words of the download (docs/contract.md): <c>peserta-didik|guru|kepala-sekolah|operator</c>.</summary>
public static class RoleNames
{
    public static string Of(AccountRole role) => role switch
    {
        AccountRole.PesertaDidik => "peserta-didik",
        AccountRole.Guru => "guru",
        AccountRole.KepalaSekolah => "kepala-sekolah",
        AccountRole.Operator => "operator",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };
}
