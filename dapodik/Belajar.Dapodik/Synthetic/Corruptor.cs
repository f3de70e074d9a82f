using System.Globalization;

namespace Belajar.Dapodik.Synthetic;

/// <summary>Breaks generated rows on purpose, one rule at a time, in turn over every kind of rule of each file.</summary>
internal sealed class Corruptor(Random rng)
{
    private int _learnerKind;
    private int _ptkKind;
    private int _penggunaKind;
    private int _sekolahKind;

    /// <summary>Breaks one rule of a learner row (columns as <see cref="SnapshotFiles.PesertaDidikColumns"/>).</summary>
    public void Learner(string[] row, SchoolPlan school, string[]? previous)
    {
        switch (_learnerKind++ % 12)
        {
            case 0: row[1] = row[1].Length > 0 ? row[1][..9] : "12345"; break;
            case 1: row[2] = "99" + Tail(row[2], 2); break;
            case 2: row[2] = NikWithDate(row[2], "3202"); break;
            case 3: row[2] = NikSerial0000(row[2]); break;
            case 4: row[5] = row[5][..5] + "02-30"; break;
            case 5: row[4] = "X"; break;
            case 6: row[6] = SchoolPlanner.Id(rng).ToString("D"); break;
            case 7: row[7] = school.Form.Bentuk is BentukPendidikan.SD ? "9" : "3"; break;
            case 8 when previous is not null: row[0] = previous[0]; break;
            case 9: row[3] = string.Empty; break;
            case 10: row[0] = "not-a-uuid"; break;
            case 11 when previous is not null && previous[1].Length > 0: row[1] = previous[1]; break;
            default: row[5] = "20-01-2010"; break;
        }
    }

    /// <summary>Breaks one rule of a PTK row (columns as <see cref="SnapshotFiles.PtkColumns"/>).</summary>
    public void Ptk(string[] row, string[]? previous)
    {
        switch (_ptkKind++ % 7)
        {
            case 0: row[1] = "123456789012345"; break;
            case 1: row[2] = string.Empty; break;
            case 2: row[2] = NikWithDate(row[2], "0113"); break;
            case 3: row[6] = SchoolPlanner.Id(rng).ToString("D"); break;
            case 4 when previous is not null: row[0] = previous[0]; break;
            case 5: row[5] = "1975-13-01"; break;
            default: row[7] = "guru"; break;
        }
    }

    /// <summary>Breaks one rule of a pengguna row (columns as <see cref="SnapshotFiles.PenggunaColumns"/>).</summary>
    public void Pengguna(string[] row, string? previousUsername)
    {
        switch (_penggunaKind++ % 4)
        {
            case 0: row[6] = "5f4dcc3b5aa765d61d8327deb882cf99"; break;
            case 1: row[1] = row[1].Replace("@", " at ", StringComparison.Ordinal); break;
            case 2 when previousUsername is not null: row[1] = previousUsername.ToUpperInvariant(); break;
            default: row[5] = SchoolPlanner.Id(rng).ToString("D"); break;
        }
    }

    /// <summary>An extra, invalid school row that breaks one rule (it has no learners).</summary>
    public string[] Sekolah(SchoolPlan model, string existingNpsn)
    {
        var row = model.Row;
        row[0] = SchoolPlanner.Id(rng).ToString("D");
        row[2] += " (ganda)";
        switch (_sekolahKind++ % 5)
        {
            case 0: row[1] = FieldRules.PlaceholderNpsn; break;
            case 1: row[1] = existingNpsn; break;
            case 2: row[1] = "X" + existingNpsn[1..]; row[5] = row[5][..5]; break;
            case 3: row[1] = "Y" + existingNpsn[1..]; row[4] = "negeri"; break;
            default: row[1] = "Z" + existingNpsn[1..]; row[3] = "SD"; break;
        }

        return row;
    }

    private static string Tail(string nik, int from) => nik.Length == 16 ? nik[from..] : "01010120100001"[(from - 2)..];

    private static string NikWithDate(string nik, string ddmm) =>
        nik.Length == 16 ? string.Concat(nik.AsSpan(0, 6), ddmm, nik.AsSpan(10)) : "317101" + ddmm + "100001";

    private static string NikSerial0000(string nik) =>
        string.Concat(nik.Length == 16 ? nik.AsSpan(0, 12) : "317101010110", "0000");

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
