using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Belajar.Abstractions.Accounts;
using Belajar.Api.Accounts;
using Belajar.Domain;
using static Belajar.Api.Tests.InMemorySchoolAccounts;

namespace Belajar.Api.Tests;

/// <summary>
/// Pins the exact bytes of the "Unduh Akun" CSV (contract: RFC 4180, UTF-8 with BOM, CRLF, the header row), so that the writer
/// behind it can change without a single byte of the file changing.
/// </summary>
public sealed class CsvSheetBytesTests
{
    private const string Bom = "\uFEFF";
    private const string HeaderLine = "nama,nisn_nuptk,peran,tingkat,rombel,user_id,password,status\r\n";

    [Fact]
    public async Task Sheet_with_tricky_values_is_written_byte_for_byte()
    {
        AccountCredentialRow[] accounts =
        [
            Account("1", AccountRole.PesertaDidik, "Ñoman Ṣiti", "0012345678", "noman.siti@belajar.id", "Ab,3\"x", tingkat: 5, rombel: "5A"),
            Account("1", AccountRole.PesertaDidik, "Siti \"Ani\" Aminah, S.", "0012345679", "siti@belajar.id", "Pw-1", AccountStatus.Distributed, 6, "6B"),
            Account("1", AccountRole.PesertaDidik, "=HYPERLINK(\"http://x.example\",\"klik\")", "0011111111", "injeksi@belajar.id", "+cmd|' /C calc'!A0", tingkat: 5, rombel: "@SUM(A1)"),
            Account("1", AccountRole.PesertaDidik, "+62812", "-1", "minus@belajar.id", "-2+3", tingkat: 1, rombel: "-"),
            Account("1", AccountRole.PesertaDidik, "Dewi\r\nBaris\nTiga", "0022222222", "dewi@belajar.id", "x", tingkat: 5, rombel: "\tTab"),
            Account("1", AccountRole.PesertaDidik, " Spasi ", "0033333333", "putri@belajar.id", "Lama-123", AccountStatus.Activated, 3, "Putri 🌸"),
            Account("1", AccountRole.Guru, "Ketut Ayu Kusumawardhani, S.Pd.", "1234567890123456", "guru@belajar.id", "Guru-Pw1"),
            Account("1", AccountRole.KepalaSekolah, "Bu Kepala", null, "kepsek@belajar.id", null),
            Account("1", AccountRole.Operator, "Op \"A\"", null, "op@belajar.id", "Op-Pw1", AccountStatus.Deactivated),
        ];

        var bytes = await WriteAsync(accounts.Select(AccountSheet.Row));

        var expected = Bom + HeaderLine
            + "Ñoman Ṣiti,0012345678,peserta-didik,5,5A,noman.siti@belajar.id,\"Ab,3\"\"x\",created\r\n"
            + "\"Siti \"\"Ani\"\" Aminah, S.\",0012345679,peserta-didik,6,6B,siti@belajar.id,Pw-1,distributed\r\n"
            + "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klik\"\")\",0011111111,peserta-didik,5,'@SUM(A1),injeksi@belajar.id,'+cmd|' /C calc'!A0,created\r\n"
            + "'+62812,'-1,peserta-didik,1,'-,minus@belajar.id,'-2+3,created\r\n"
            + "Dewi Baris Tiga,0022222222,peserta-didik,5,'\tTab,dewi@belajar.id,x,created\r\n"
            + " Spasi ,0033333333,peserta-didik,3,Putri 🌸,putri@belajar.id,,activated\r\n"
            + "\"Ketut Ayu Kusumawardhani, S.Pd.\",1234567890123456,guru,,,guru@belajar.id,Guru-Pw1,created\r\n"
            + "Bu Kepala,,kepala-sekolah,,,kepsek@belajar.id,,created\r\n"
            + "\"Op \"\"A\"\"\",,operator,,,op@belajar.id,,deactivated\r\n";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'n'], bytes[..4]);
    }

    [Fact]
    public async Task Fields_are_quoted_only_for_comma_quote_cr_or_lf()
    {
        string[][] rows =
        [
            ["two\r\nlines", "\n", "\r", "\"", "", "a;b", "'", "tab\there"],
        ];

        var bytes = await WriteAsync(rows);

        Assert.Equal(Encoding.UTF8.GetBytes(Bom + HeaderLine + "\"two\r\nlines\",\"\n\",\"\r\",\"\"\"\",,a;b,',tab\there\r\n"), bytes);
    }

    [Fact]
    public async Task Empty_sheet_is_the_bom_and_the_header_line()
    {
        var bytes = await WriteAsync([]);

        Assert.Equal(Encoding.UTF8.GetBytes(Bom + HeaderLine), bytes);
    }

    [Fact]
    public async Task Large_sheet_is_written_byte_for_byte()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => new[]
        {
            i % 3 == 0 ? $"Ñoman Ṣiti {i}, \"{i % 7}\"" : $"Nama 🌸 {i}",
            i.ToString("D10", CultureInfo.InvariantCulture),
            "peserta-didik",
            (i % 12 + 1).ToString(CultureInfo.InvariantCulture),
            $"{i % 6 + 1}A",
            $"user{i}@belajar.id",
            i % 5 == 0 ? "" : $"Pw-{i},x",
            "created",
        });

        var bytes = await WriteAsync(rows);

        Assert.Equal(Pinned.LargeSheetLength, bytes.Length);
        Assert.Equal(Pinned.LargeSheetSha256, Convert.ToHexString(SHA256.HashData(bytes)));
    }

    private static async Task<byte[]> WriteAsync(IEnumerable<string[]> rows)
    {
        using var output = new MemoryStream();
        await CsvAccountWriter.WriteAsync(output, rows, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>Taken from the hand-written writer the CSV came from, and checked against an independent RFC 4180 writer.</summary>
    private static class Pinned
    {
        public const int LargeSheetLength = 262107;
        public const string LargeSheetSha256 = "5083DAF51AC7F89097BFC3D754CE67F6AC214536AD72C8FCB5943977955C36B1";
    }
}
