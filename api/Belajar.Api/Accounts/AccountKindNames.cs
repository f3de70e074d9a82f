using Belajar.Abstractions.Schools;

namespace Belajar.Api.Accounts;

/// <summary>The <c>kind</c> values of the download: <c>peserta-didik</c>, <c>ptk</c>, <c>admin</c>.</summary>
public static class AccountKindNames
{
    /// <summary>The accepted values, for error messages.</summary>
    public const string Valid = "peserta-didik, ptk, admin";

    /// <summary>The kind named by <paramref name="text"/> (case-insensitive), or null.</summary>
    public static AccountKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "peserta-didik" => AccountKind.PesertaDidik,
        "ptk" => AccountKind.Ptk,
        "admin" => AccountKind.Admin,
        _ => null,
    };

    /// <summary>The URL and file name spelling of a kind.</summary>
    public static string Name(AccountKind kind) => kind switch
    {
        AccountKind.PesertaDidik => "peserta-didik",
        AccountKind.Ptk => "ptk",
        AccountKind.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
