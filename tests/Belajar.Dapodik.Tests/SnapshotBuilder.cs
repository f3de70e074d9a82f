using System.Text;

namespace Belajar.Dapodik.Tests;

/// <summary>Builds small snapshot folders row by row; every row starts valid and a test breaks what it wants.</summary>
internal sealed class SnapshotBuilder
{
    public const string Hash = "$2a$04$abcdefghijklmnopqrstuu5s2v8.hbrW7Lk5ZsUJkQlKmQ7dBvA7O";
    private int _seq;

    public List<Dictionary<string, string>> Sekolah { get; } = [];
    public List<Dictionary<string, string>> Learners { get; } = [];
    public List<Dictionary<string, string>> Ptk { get; } = [];
    public List<Dictionary<string, string>> Pengguna { get; } = [];

    public static string NewId() => Guid.NewGuid().ToString("D");

    public Dictionary<string, string> AddSchool(int bentuk = BentukPendidikan.SD, string? npsn = null, string provinsi = "Prov. D.K.I. Jakarta")
    {
        var n = ++_seq;
        var row = new Dictionary<string, string>
        {
            ["sekolah_id"] = NewId(), ["npsn"] = npsn ?? $"2010{n:0000}", ["nama"] = $"Sekolah {n}",
            ["bentuk_pendidikan_id"] = bentuk.ToString(), ["status_sekolah"] = "Negeri", ["kode_wilayah"] = "016001",
            ["kecamatan"] = "Kec. Kebayoran Baru", ["kabupaten_kota"] = "Kota Jakarta Selatan", ["provinsi"] = provinsi,
        };
        Sekolah.Add(row);
        return row;
    }

    public Dictionary<string, string> AddLearner(Dictionary<string, string> school, int tingkat = 5, string? nisn = null)
    {
        var n = ++_seq;
        var row = new Dictionary<string, string>
        {
            ["peserta_didik_id"] = NewId(), ["nisn"] = nisn ?? $"{n:0000000000}", ["nik"] = "3171044508100001",
            ["nama"] = $"Siti Nur'aini {n}", ["jenis_kelamin"] = "P", ["tanggal_lahir"] = "2010-08-05",
            ["sekolah_id"] = school["sekolah_id"], ["tingkat_pendidikan_id"] = tingkat.ToString(), ["nama_rombel"] = $"{tingkat}A",
        };
        Learners.Add(row);
        return row;
    }

    public Dictionary<string, string> AddPtk(Dictionary<string, string> school, int? jenis = 3)
    {
        var n = ++_seq;
        var row = new Dictionary<string, string>
        {
            ["ptk_id"] = NewId(), ["nuptk"] = $"{n:0000000000000000}", ["nik"] = $"317104050875{n % 9999 + 1:0000}", // a NIK of its own: one person each
            ["nama"] = $"Drs. H. Ahmad {n}, S.Pd., M.Pd.", ["jenis_kelamin"] = "L", ["tanggal_lahir"] = "1975-08-05",
            ["sekolah_id"] = school["sekolah_id"], ["jenis_ptk_id"] = jenis?.ToString() ?? string.Empty,
        };
        Ptk.Add(row);
        return row;
    }

    public Dictionary<string, string> AddPengguna(Dictionary<string, string> school, Dictionary<string, string>? ptk = null, string peran = "operator")
    {
        var n = ++_seq;
        var row = new Dictionary<string, string>
        {
            ["pengguna_id"] = NewId(), ["username"] = $"operator{n}@example.sch.id", ["nama"] = $"Operator {n}",
            ["sekolah_id"] = school["sekolah_id"], ["peran"] = peran, ["ptk_id"] = ptk?["ptk_id"] ?? string.Empty,
            ["password_hash"] = Hash,
        };
        Pengguna.Add(row);
        return row;
    }

    public string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteFile(folder, SnapshotFiles.Sekolah, SnapshotFiles.SekolahColumns, Sekolah);
        WriteFile(folder, SnapshotFiles.PesertaDidik, SnapshotFiles.PesertaDidikColumns, Learners);
        WriteFile(folder, SnapshotFiles.Ptk, SnapshotFiles.PtkColumns, Ptk);
        WriteFile(folder, SnapshotFiles.Pengguna, SnapshotFiles.PenggunaColumns, Pengguna);
        return folder;
    }

    private static void WriteFile(string folder, string name, string[] columns, List<Dictionary<string, string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', columns)).Append('\n');
        foreach (var row in rows)
        {
            sb.Append(string.Join(',', columns.Select(c => Quote(row.GetValueOrDefault(c, string.Empty))))).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, name), sb.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
