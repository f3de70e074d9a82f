namespace Belajar.Dapodik.Tests;

/// <summary>
/// The quality gate tells a real duplicate (the same person twice in one school, or an id shared by two people) from a PTK
/// registered at several schools (the same NUPTK, the same NIK between rows without NUPTK, or the same ptk_id with the same NIK, at
/// another school), and reports them apart. Every such row goes into its school's roster: the run keys it by the person.
/// </summary>
public sealed class MultiSchoolPtkTests
{
    [Fact]
    public async Task The_same_nuptk_at_another_school_is_reported_as_a_multi_school_ptk_not_as_a_rejected_duplicate()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var smp = b.AddSchool(BentukPendidikan.SMP, provinsi: "Prov. Jawa Barat");
        var teacher = b.AddPtk(sd);
        b.AddPtk(smp)["nuptk"] = teacher["nuptk"];

        var (rosters, report) = await ReadAsync(b);

        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(1, report.OtherSchoolCount);
        Assert.Equal($"ptk.csv:3: nuptk: terdaftar juga di sekolah lain (pertama di baris 2, NPSN {sd["npsn"]}; ptk_id lain, orang yang sama: satu akun)",
            Assert.Single(report.OtherSchoolExamples).ToString());
        Assert.Equal(1, report.OtherSchoolByProvince["Prov. Jawa Barat"]);
        Assert.Single(rosters.Single(r => r.Sekolah.Npsn == sd["npsn"]).Staff);
        Assert.Single(rosters.Single(r => r.Sekolah.Npsn == smp["npsn"]).Staff); // another ptk_id: the run keys both rows by the person
    }

    [Fact]
    public async Task The_same_nik_without_nuptk_at_another_school_is_a_multi_school_ptk_in_both_rosters()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var smp = b.AddSchool(BentukPendidikan.SMP);
        var teacher = b.AddPtk(sd);
        teacher["nuptk"] = "";
        var again = b.AddPtk(smp);
        again["nuptk"] = "";
        again["nik"] = teacher["nik"];

        var (rosters, report) = await ReadAsync(b);

        Assert.Equal(0, report.RejectedCount);
        Assert.Equal($"ptk.csv:3: nik: terdaftar juga di sekolah lain (pertama di baris 2, NPSN {sd["npsn"]}; ptk_id lain, orang yang sama: satu akun)",
            Assert.Single(report.OtherSchoolExamples).ToString());
        Assert.Single(rosters.Single(r => r.Sekolah.Npsn == sd["npsn"]).Staff);
        Assert.Single(rosters.Single(r => r.Sekolah.Npsn == smp["npsn"]).Staff);
    }

    [Fact]
    public async Task The_same_nik_is_not_the_same_person_when_one_of_the_rows_has_a_nuptk()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var smp = b.AddSchool(BentukPendidikan.SMP);
        var teacher = b.AddPtk(sd);
        var other = b.AddPtk(smp);
        other["nuptk"] = "";
        other["nik"] = teacher["nik"];

        var (rosters, report) = await ReadAsync(b);

        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(0, report.OtherSchoolCount); // as the accounts are keyed: the NUPTK is the first row's person, the NIK the second's
        Assert.All(rosters, r => Assert.Single(r.Staff));
    }

    [Fact]
    public async Task The_same_ptk_id_with_the_same_nik_at_another_school_is_the_same_person_listed_in_both_rosters()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var smp = b.AddSchool(BentukPendidikan.SMP);
        var teacher = b.AddPtk(sd);
        teacher["nuptk"] = "";
        var again = b.AddPtk(smp);
        again["ptk_id"] = teacher["ptk_id"];
        again["nuptk"] = "";
        again["nik"] = teacher["nik"];

        var (rosters, report) = await ReadAsync(b);

        Assert.Equal(0, report.RejectedCount);
        Assert.Equal($"ptk.csv:3: ptk_id: terdaftar juga di sekolah lain (pertama di baris 2, NPSN {sd["npsn"]})", Assert.Single(report.OtherSchoolExamples).ToString());
        var id = Guid.Parse(teacher["ptk_id"]);
        Assert.Equal(id, Assert.Single(rosters.Single(r => r.Sekolah.Npsn == sd["npsn"]).Staff).PtkId);
        Assert.Equal(id, Assert.Single(rosters.Single(r => r.Sekolah.Npsn == smp["npsn"]).Staff).PtkId); // one account, both schools list it
    }

    [Fact]
    public async Task The_same_ptk_id_with_another_nik_at_another_school_is_a_rejected_duplicate()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var smp = b.AddSchool(BentukPendidikan.SMP);
        var teacher = b.AddPtk(sd);
        var other = b.AddPtk(smp);
        other["ptk_id"] = teacher["ptk_id"];
        other["nik"] = "3171044508800003";

        var (_, report) = await ReadAsync(b);

        Assert.Equal(0, report.OtherSchoolCount);
        Assert.Equal("ptk.csv:3: ptk_id: ganda (pertama di baris 2)", Assert.Single(report.RejectedExamples).ToString());
    }

    [Theory]
    [InlineData("nuptk")]
    [InlineData("ptk_id")]
    [InlineData("nik")]
    public async Task The_same_person_twice_in_one_school_is_a_rejected_duplicate(string column)
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var teacher = b.AddPtk(sd);
        var again = b.AddPtk(sd);
        again[column] = teacher[column];
        if (column == "nik")
        {
            (teacher["nuptk"], again["nuptk"]) = ("", ""); // without a NUPTK the NIK is the person
        }

        var (rosters, report) = await ReadAsync(b);

        Assert.Equal(0, report.OtherSchoolCount);
        Assert.Equal($"ptk.csv:3: {column}: ganda (pertama di baris 2)", Assert.Single(report.RejectedExamples).ToString());
        Assert.Single(Assert.Single(rosters).Staff);
    }

    [Fact]
    public async Task The_quality_gate_prints_multi_school_ptk_apart_from_rejected_rows()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD);
        var smp = b.AddSchool(BentukPendidikan.SMP);
        var teacher = b.AddPtk(sd);
        b.AddPtk(smp)["nuptk"] = teacher["nuptk"];
        b.AddPtk(sd)["nuptk"] = teacher["nuptk"];
        var (_, report) = await ReadAsync(b);
        using var output = new StringWriter();

        ReportPrinter.Print(report, output);

        var text = output.ToString();
        Assert.Contains("Baris ditolak: 1", text, StringComparison.Ordinal);
        Assert.Contains("ptk.csv:4: nuptk: ganda (pertama di baris 2)", text, StringComparison.Ordinal);
        Assert.Contains("PTK terdaftar di beberapa sekolah (bukan kesalahan data; satu akun per orang, tercantum di setiap sekolahnya): 1", text, StringComparison.Ordinal);
        Assert.Contains($"ptk.csv:3: nuptk: terdaftar juga di sekolah lain (pertama di baris 2, NPSN {sd["npsn"]}; ptk_id lain, orang yang sama: satu akun)", text, StringComparison.Ordinal);
    }

    private static async Task<(List<SchoolRoster> Rosters, SnapshotReport Report)> ReadAsync(SnapshotBuilder b)
    {
        using var temp = new TempFolder();
        return await ReadHelper.ReadAllAsync(b.Write(temp.Sub("snap")));
    }
}
