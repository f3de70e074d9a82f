using System.Globalization;
using System.Text;
using ICSharpCode.SharpZipLib.Zip;
using nietras.SeparatedValues;

namespace Belajar.Api.Regions;

/// <summary>The credentials file: a CSV inside a WinZip AE-2 (AES-256) ZIP, built in memory and never written to disk.</summary>
public static class CredentialsZip
{
    /// <summary>Name of the CSV inside the ZIP.</summary>
    public const string EntryName = "akun-admin-wilayah.csv";

    /// <summary>What the CSV tells the administrator to do.</summary>
    public const string SignInHint =
        "Masuk di https://accounts.google.com dengan user_id dan password ini; ganti password saat pertama masuk.";

    /// <summary>The CSV (RFC 4180, UTF-8 with BOM, CRLF): header and one row (user id, initial password, name, region, where to sign in).</summary>
    public static byte[] Csv(string userId, string password, string fullName, string kodeWilayah)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            using var row = csv.NewRow();
            row["user_id"].Set(userId);
            row["password"].Set(password);
            row["nama"].Set(fullName);
            row["kode_wilayah"].Set(kodeWilayah);
            row["petunjuk"].Set(SignInHint);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

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
}
