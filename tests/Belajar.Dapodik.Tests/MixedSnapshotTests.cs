using Belajar.Domain;

namespace Belajar.Dapodik.Tests;

public class MixedSnapshotTests
{
    [Fact]
    public async Task Good_and_bad_rows_give_exact_counts_and_every_good_row_reaches_its_roster()
    {
        var b = new SnapshotBuilder();
        var sd = b.AddSchool(BentukPendidikan.SD, provinsi: "Prov. Jawa Barat");
        var smk = b.AddSchool(BentukPendidikan.SMK, provinsi: "Prov. Bali");
        var tk = b.AddSchool(BentukPendidikan.TK, provinsi: "Prov. Bali");
        b.AddSchool(BentukPendidikan.SMA, npsn: "99999999", provinsi: "Prov. Papua");            // bad: placeholder NPSN
        for (var t = 1; t <= 6; t++)
        {
            b.AddLearner(sd, t);                                                                    // 6 good, 2 eligible
        }

        b.AddLearner(sd, 6, nisn: "");                                                            // good, nisn kosong
        b.AddLearner(sd, 7);                                                                        // bad: grade of SMP
        b.AddLearner(sd, 5)["nik"] = "3171040508750000";                                            // bad: serial 0000
        for (var t = 10; t <= 13; t++)
        {
            b.AddLearner(smk, t);                                                                   // 4 good, 4 eligible
        }

        b.AddLearner(smk, 11)["sekolah_id"] = SnapshotBuilder.NewId();                              // bad: unknown school
        b.AddLearner(tk, 1);                                                                        // good, out of scope
        var dup = b.AddLearner(smk, 12);
        b.AddLearner(smk, 12)["peserta_didik_id"] = dup["peserta_didik_id"];                        // bad: ganda
        var head = b.AddPtk(sd, 20);
        var teacher = b.AddPtk(sd, 3);
        b.AddPtk(sd, 40);                                                                           // good, other staff
        b.AddPtk(smk, 4)["nik"] = "";                                                               // bad: nik required
        b.AddPtk(smk, null);                                                                        // good, not filled
        b.AddPengguna(sd, head);                                                                    // head is operator: one adm
        b.AddPengguna(sd, teacher);                                                                 // teacher-operator: adm
        b.AddPengguna(smk)["password_hash"] = "plain";                                              // bad: not bcrypt
        b.AddPengguna(smk);                                                                         // operator without ptk
        using var temp = new TempFolder();

        var (read, report) = await ReadHelper.ReadAllAsync(b.Write(temp.Path), new SnapshotReaderOptions { BucketCount = 2 });
        var rosters = read.OrderBy(r => r.Sekolah.Npsn, StringComparer.Ordinal).ToList(); // SD, SMK, TK
        foreach (var roster in rosters)
        {
            report.Add(Eligibility.Evaluate(roster));
        }

        Assert.Equal(7, report.RejectedCount);
        Assert.Equal(new Dictionary<string, long> { ["Prov. Jawa Barat"] = 2, ["Prov. Bali"] = 3, ["Prov. Papua"] = 1, ["(unknown)"] = 1 }, report.RejectedByProvince);
        Assert.Equal(1, report.RejectedByReason["peserta_didik.csv: peserta_didik_id: ganda"]);
        Assert.Equal(new Dictionary<string, long> { ["sekolah.csv"] = 4, ["peserta_didik.csv"] = 17, ["ptk.csv"] = 5, ["pengguna.csv"] = 4 }, report.RowsRead);
        Assert.Equal([7, 5, 1], rosters.Select(r => r.Learners.Count));
        Assert.Equal([3, 1, 0], rosters.Select(r => r.Staff.Count));
        Assert.Equal([2, 1, 0], rosters.Select(r => r.Operators.Count));
        Assert.Equal(
            new Dictionary<(AccountRole, Jenjang), long>
            {
                [(AccountRole.PesertaDidik, Jenjang.SD)] = 2,
                [(AccountRole.PesertaDidik, Jenjang.SMK)] = 5,
                [(AccountRole.KepalaSekolah, Jenjang.SD)] = 1,
                [(AccountRole.Guru, Jenjang.SD)] = 1,
                [(AccountRole.Operator, Jenjang.SD)] = 1,
                [(AccountRole.Operator, Jenjang.SMK)] = 1,
            },
            report.EligibleByRoleAndJenjang);
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["tingkat di luar rentang untuk SD (berhak 5–6)"] = 4,
                ["nisn kosong"] = 1,
                ["bentuk sekolah di luar cakupan (TK)"] = 1,
                ["tenaga yang bukan guru maupun kepala sekolah (jenis_ptk_id 40)"] = 1,
                ["jenis_ptk_id tidak diisi"] = 1,
            },
            report.NotEligibleByReason);
    }

    [Fact]
    public async Task A_duplicate_id_at_another_school_in_another_bucket_is_found()
    {
        var b = new SnapshotBuilder();
        var schools = Enumerable.Range(0, 8).Select(_ => b.AddSchool()).ToList();
        var first = b.AddLearner(schools[0]);
        for (var i = 1; i < schools.Count; i++)
        {
            b.AddLearner(schools[i])["peserta_didik_id"] = first["peserta_didik_id"];
        }

        using var temp = new TempFolder();
        var (rosters, report) = await ReadHelper.ReadAllAsync(b.Write(temp.Path), new SnapshotReaderOptions { BucketCount = 8 });

        Assert.Equal(7, report.RejectedCount);
        Assert.All(report.RejectedExamples, r => Assert.EndsWith("peserta_didik_id: ganda (pertama di baris 2)", r.ToString(), StringComparison.Ordinal));
        Assert.Equal(1, rosters.Sum(r => r.Learners.Count));
    }

    [Fact]
    public async Task The_report_keeps_few_examples_but_exact_counts()
    {
        var b = new SnapshotBuilder();
        var school = b.AddSchool();
        for (var i = 0; i < 30; i++)
        {
            b.AddLearner(school)["jenis_kelamin"] = "X";
        }

        using var temp = new TempFolder();
        var report = new SnapshotReport(maxExamples: 5);
        await foreach (var _ in new SnapshotReader(b.Write(temp.Path)).ReadAsync(report))
        {
        }

        Assert.Equal(30, report.RejectedCount);
        Assert.Equal(5, report.RejectedExamples.Count);
        Assert.Equal(30, report.RejectedByReason["peserta_didik.csv: jenis_kelamin: harus L atau P"]);
    }
}
