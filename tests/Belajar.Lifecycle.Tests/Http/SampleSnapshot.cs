using Belajar.TestSupport;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>
/// Who is who in the committed sample snapshot: school A (the first whose operator has a demo password and which has learners)
/// and school B (the same, in another province), their operators and regions.
/// </summary>
public sealed class SampleSnapshot
{
    public SampleSnapshot(string folder)
    {
        Folder = folder;
        var passwords = Read("operator-passwords.csv").ToDictionary(r => r["username"], r => r["password"]);
        var schools = Read("sekolah.csv").ToDictionary(r => r["sekolah_id"]);
        var withLearners = Read("peserta_didik.csv").Select(r => r["sekolah_id"]).ToHashSet();
        var operators = Read("pengguna.csv")
            .Where(r => r["peran"] == "operator" && passwords.ContainsKey(r["username"]) && withLearners.Contains(r["sekolah_id"]) && schools.ContainsKey(r["sekolah_id"]))
            .Select(r => (User: r["username"], Password: passwords[r["username"]], School: schools[r["sekolah_id"]]))
            .ToList();
        var a = operators[0];
        var b = operators.First(o => o.School["kode_wilayah"][..2] != a.School["kode_wilayah"][..2]);
        (OperatorA, OperatorAPassword, SchoolA, KabupatenA, ProvinceA) = (a.User, a.Password, a.School["npsn"], Kabupaten(a.School), Province(a.School));
        (OperatorB, OperatorBPassword, SchoolB, KabupatenB, ProvinceB) = (b.User, b.Password, b.School["npsn"], Kabupaten(b.School), Province(b.School));
        Npsns = schools.Values.Select(s => s["npsn"]).ToList();
    }

    public string Folder { get; }

    public string OperatorA { get; }

    public string OperatorAPassword { get; }

    public string SchoolA { get; }

    public string KabupatenA { get; }

    public string ProvinceA { get; }

    public string OperatorB { get; }

    public string OperatorBPassword { get; }

    public string SchoolB { get; }

    public string KabupatenB { get; }

    public string ProvinceB { get; }

    /// <summary>Every school of the snapshot.</summary>
    public IReadOnlyList<string> Npsns { get; }

    private static string Kabupaten(Dictionary<string, string> school) => school["kode_wilayah"][..4] + "00";

    private static string Province(Dictionary<string, string> school) => school["kode_wilayah"][..2] + "0000";

    private List<Dictionary<string, string>> Read(string file)
    {
        return CsvRows.FromFile(Path.Combine(Folder, file));
    }
}
