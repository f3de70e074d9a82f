using Belajar.Dapodik;
using nietras.SeparatedValues;

namespace Belajar.Api.Runs;

/// <summary>
/// Reads the operators' demo passwords (<c>operator-passwords.csv</c>: header <c>username,password</c>, RFC 4180) that the
/// synthetic generator writes beside a snapshot. A file that cannot be used is refused whole, naming the line and what to fix.
/// </summary>
public static class DemoPasswords
{
    /// <summary>Every operator of the file, in file order.</summary>
    /// <exception cref="SnapshotUnreadableException">The file is empty, its header lacks a column, or a row is not a username and a password.</exception>
    public static IReadOnlyList<(string Username, string Password)> Read(string path)
    {
        var name = Path.GetFileName(path);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        if (reader.Header.IsEmpty)
        {
            throw new SnapshotUnreadableException(name, "berkas kosong; baris pertama harus username,password");
        }

        var hasUsername = reader.Header.TryIndexOf("username", out var usernameColumn);
        var hasPassword = reader.Header.TryIndexOf("password", out var passwordColumn);
        if (!hasUsername || !hasPassword)
        {
            throw new SnapshotUnreadableException(name,
                $"baris 1 (judul) berisi {string.Join(",", reader.Header.ColNames)}; seharusnya username,password");
        }

        var columns = reader.Header.ColNames.Count;
        var operators = new List<(string, string)>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != columns)
            {
                throw new SnapshotUnreadableException(name,
                    $"baris {line} berisi {row.ColCount} kolom, seharusnya {columns} ({string.Join(",", reader.Header.ColNames)}); beri tanda kutip pada nilai yang memuat koma");
            }

            var username = row[usernameColumn].ToString().Trim();
            var password = row[passwordColumn].ToString().Trim();
            if (username.Length == 0 || password.Length == 0)
            {
                throw new SnapshotUnreadableException(name,
                    $"baris {line}: {(username.Length == 0 ? "username" : "password")} kosong; isi keduanya, atau hapus baris itu");
            }

            operators.Add((username, password));
        }

        return operators;
    }
}
