using Belajar.Domain;
using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Dapodik;

namespace Belajar.Api.Accounts;

/// <summary>
/// The table of "Unduh Akun", the same for CSV and XLSX: the header and one row per account. Every cell is one line (a line
/// break inside a Dapodik value becomes a space, so that both formats read back alike) and guarded against formula injection.
/// </summary>
public static class AccountSheet
{
    /// <summary>The header row, exactly as docs/contract.md names it.</summary>
    public static readonly IReadOnlyList<string> Header =
        ["nama", "nisn_nuptk", "peran", "tingkat", "rombel", "user_id", "password", "status"];

    /// <summary>The header row of a sheet of "Unduh Semua": the same columns, titled in Bahasa Indonesia.</summary>
    public static readonly IReadOnlyList<string> TitledHeader =
        ["Nama", "NISN/NUPTK", "Peran", "Tingkat", "Rombel", "ID Pengguna", "Kata Sandi Awal", "Status"];

    /// <summary>Column widths (characters) of a sheet of "Unduh Semua".</summary>
    public static readonly IReadOnlyList<double> TitledWidths = [32, 18, 15, 8, 14, 40, 18, 14];

    /// <summary>The cells of one account in a sheet of "Unduh Semua": as <see cref="Row"/>, with the status in Indonesian words.</summary>
    public static string[] TitledRow(AccountCredentialRow row)
    {
        var cells = Row(row);
        cells[^1] = AccountStatusWords.Of(row.Account.Status);
        return cells;
    }

    /// <summary>The cells of one account. The password is empty once the account is activated or deactivated.</summary>
    public static string[] Row(AccountCredentialRow row)
    {
        var account = row.Account;
        var showPassword = account.Status is not (AccountStatus.Activated or AccountStatus.Deactivated);
        string[] cells =
        [
            account.Nama,
            account.NisnNuptk ?? "",
            Peran(account.Role),
            account.Tingkat?.ToString(CultureInfo.InvariantCulture) ?? "",
            account.Rombel ?? "",
            account.UserId ?? "",
            showPassword ? row.InitialPassword ?? "" : "",
            account.Status.ToString().ToLowerInvariant(),
        ];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = FormulaGuard.Neutralise(OneLine(cells[i]));
        }

        return cells;
    }

    /// <summary>The value with every CR LF, CR or LF replaced by one space.</summary>
    public static string OneLine(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>The <c>peran</c> spelling of a role.</summary>
    public static string Peran(AccountRole role) => role switch
    {
        AccountRole.PesertaDidik => "peserta-didik",
        AccountRole.Guru => "guru",
        AccountRole.KepalaSekolah => "kepala-sekolah",
        AccountRole.Operator => "operator",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
