using System.Text;
using ICSharpCode.SharpZipLib.Zip;

namespace Belajar.Api.Regions;

/// <summary>The credentials file: a CSV inside a WinZip AE-2 (AES-256) ZIP, built in memory and never written to disk.</summary>
public static class CredentialsZip
{
    /// <summary>Name of the CSV inside the ZIP.</summary>
    public const string EntryName = "akun-admin-wilayah.csv";

    /// <summary>The CSV: header and one row (user id, initial password, name, region, where to sign in).</summary>
    public static byte[] Csv(string userId, string password, string fullName, string kodeWilayah) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "user_id,password,nama,kode_wilayah,petunjuk\r\n"
            + $"{userId},{password},{Quote(fullName)},{kodeWilayah},\"Masuk di https://accounts.google.com dengan user_id dan password ini; ganti password saat pertama masuk.\"\r\n")).ToArray();

    /// <summary>Locks <paramref name="csv"/> with AES-256 under <paramref name="password"/>.</summary>
    public static byte[] Build(byte[] csv, string password, DateTime modified)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipOutputStream(buffer) { IsStreamOwner = false, Password = password })
        {
            zip.SetLevel(9);
            zip.PutNextEntry(new ZipEntry(EntryName) { AESKeySize = 256, DateTime = modified });
            zip.Write(csv, 0, csv.Length);
            zip.CloseEntry();
        }

        return buffer.ToArray();
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
