namespace Belajar.Dapodik.Tests;

/// <summary>Every rule of the snapshot format, each broken once in an otherwise valid snapshot.</summary>
public class ValidationRuleTests
{
    private const string Sd = "sekolah.csv";
    private const string Pd = "peserta_didik.csv";
    private const string Ptk = "ptk.csv";
    private const string Pg = "pengguna.csv";

    private static readonly Dictionary<string, (Action<Base> Break, string Expected)> Cases = new()
    {
        ["sekolah_id not a uuid"] = (b => b.School2["sekolah_id"] = "sekolah-2", $"{Sd}:3: sekolah_id: harus UUID"),
        ["sekolah_id duplicate"] = (b => b.School2["sekolah_id"] = b.School["sekolah_id"], $"{Sd}:3: sekolah_id: ganda"),
        ["npsn too short"] = (b => b.School2["npsn"] = "2010001", $"{Sd}:3: npsn: harus 8 karakter [0-9A-Z]"),
        ["npsn placeholder"] = (b => b.School2["npsn"] = "99999999", $"{Sd}:3: npsn: 99999999 adalah isian pengganti"),
        ["npsn duplicate"] = (b => b.School2["npsn"] = b.School["npsn"], $"{Sd}:3: npsn: ganda"),
        ["school nama empty"] = (b => b.School2["nama"] = "", $"{Sd}:3: nama: wajib diisi"),
        ["bentuk not a number"] = (b => b.School2["bentuk_pendidikan_id"] = "SD", $"{Sd}:3: bentuk_pendidikan_id: harus bilangan bulat positif"),
        ["status lower case"] = (b => b.School2["status_sekolah"] = "negeri", $"{Sd}:3: status_sekolah: harus Negeri atau Swasta"),
        ["kode wilayah of a province"] = (b => b.School2["kode_wilayah"] = "010000", $"{Sd}:3: kode_wilayah: harus kode kecamatan"),
        ["kode wilayah 5 digits"] = (b => b.School2["kode_wilayah"] = "01600", $"{Sd}:3: kode_wilayah: harus 6 angka XXYYZZ"),
        ["provinsi empty"] = (b => b.School2["provinsi"] = "", $"{Sd}:3: provinsi: wajib diisi"),

        ["learner id not a uuid"] = (b => b.Learner2["peserta_didik_id"] = "x", $"{Pd}:3: peserta_didik_id: harus UUID"),
        ["learner id duplicate"] = (b => b.Learner2["peserta_didik_id"] = b.Learner["peserta_didik_id"], $"{Pd}:3: peserta_didik_id: ganda (pertama di baris 2)"),
        ["nisn 9 digits"] = (b => b.Learner2["nisn"] = "008123456", $"{Pd}:3: nisn: harus 10 angka"),
        ["nisn duplicate"] = (b => b.Learner2["nisn"] = b.Learner["nisn"], $"{Pd}:3: nisn: ganda (pertama di baris 2)"),
        ["learner nik region"] = (b => b.Learner2["nik"] = "9971044508100001", $"{Pd}:3: nik: bagian wilayah: kode provinsi 99 tidak ada"),
        ["learner nik date"] = (b => b.Learner2["nik"] = "3171047208100001", $"{Pd}:3: nik: bagian tanggal"),
        ["learner nik serial"] = (b => b.Learner2["nik"] = "3171044508100000", $"{Pd}:3: nik: nomor urut tidak boleh 0000"),
        ["learner nama empty"] = (b => b.Learner2["nama"] = " ", $"{Pd}:3: nama: wajib diisi"),
        ["learner nama only punctuation"] = (b => b.Learner2["nama"] = "-.'", $"{Pd}:3: nama: tidak memuat huruf"),
        ["learner nama only emoji and zero-width"] = (b => b.Learner2["nama"] = "\U0001F600\u200B\U0001F44D", $"{Pd}:3: nama: tidak memuat huruf"),
        ["learner nama only digits"] = (b => b.Learner2["nama"] = "12345", $"{Pd}:3: nama: tidak memuat huruf"),
        ["jenis kelamin"] = (b => b.Learner2["jenis_kelamin"] = "W", $"{Pd}:3: jenis_kelamin: harus L atau P"),
        ["tanggal lahir not real"] = (b => b.Learner2["tanggal_lahir"] = "2010-02-30", $"{Pd}:3: tanggal_lahir: harus tanggal yang benar YYYY-MM-DD"),
        ["tanggal lahir order"] = (b => b.Learner2["tanggal_lahir"] = "05-08-2010", $"{Pd}:3: tanggal_lahir: harus tanggal yang benar YYYY-MM-DD"),
        ["learner unknown school"] = (b => b.Learner2["sekolah_id"] = SnapshotBuilder.NewId(), $"{Pd}:3: sekolah_id: tidak merujuk ke sekolah yang sah di sekolah.csv"),
        ["tingkat 14"] = (b => b.Learner2["tingkat_pendidikan_id"] = "14", $"{Pd}:3: tingkat_pendidikan_id: harus tingkat 1–13"),
        ["tingkat empty"] = (b => b.Learner2["tingkat_pendidikan_id"] = "", $"{Pd}:3: tingkat_pendidikan_id: harus tingkat 1–13"),
        ["tingkat of SMP at an SD"] = (b => b.Learner2["tingkat_pendidikan_id"] = "7", $"{Pd}:3: tingkat_pendidikan_id: tidak sesuai bentuk sekolah (7 di SD, yang mengajar 1–6)"),
        ["tingkat 13 at a PKBM"] = (b => { b.School2["bentuk_pendidikan_id"] = "27"; b.Learner2["sekolah_id"] = b.School2["sekolah_id"]; b.Learner2["tingkat_pendidikan_id"] = "13"; }, $"{Pd}:3: tingkat_pendidikan_id: tidak sesuai bentuk sekolah"),

        ["ptk id not a uuid"] = (b => b.Teacher["ptk_id"] = "ptk-1", $"{Ptk}:3: ptk_id: harus UUID"),
        ["ptk id duplicate"] = (b => b.Teacher["ptk_id"] = b.Head["ptk_id"], $"{Ptk}:3: ptk_id: ganda (pertama di baris 2)"),
        ["nuptk 15 digits"] = (b => b.Teacher["nuptk"] = "123456789012345", $"{Ptk}:3: nuptk: harus 16 angka"),
        ["nuptk duplicate"] = (b => b.Teacher["nuptk"] = b.Head["nuptk"], $"{Ptk}:3: nuptk: ganda (pertama di baris 2)"),
        ["ptk nik missing"] = (b => b.Teacher["nik"] = "", $"{Ptk}:3: nik: wajib diisi"),
        ["ptk nama only symbols"] = (b => b.Teacher["nama"] = "#@!", $"{Ptk}:3: nama: tidak memuat huruf"),
        ["ptk nik kecamatan 00"] = (b => b.Teacher["nik"] = "3171000508750002", $"{Ptk}:3: nik: bagian wilayah: kode kabupaten/kota dan kecamatan tidak boleh 00"),
        ["ptk unknown school"] = (b => b.Teacher["sekolah_id"] = SnapshotBuilder.NewId(), $"{Ptk}:3: sekolah_id: tidak merujuk ke sekolah yang sah"),
        ["jenis ptk text"] = (b => b.Teacher["jenis_ptk_id"] = "guru", $"{Ptk}:3: jenis_ptk_id: harus bilangan bulat positif atau kosong"),
        ["ptk tanggal lahir"] = (b => b.Teacher["tanggal_lahir"] = "1975-13-01", $"{Ptk}:3: tanggal_lahir: harus tanggal yang benar"),

        ["pengguna id not a uuid"] = (b => b.Operator2["pengguna_id"] = "op", $"{Pg}:3: pengguna_id: harus UUID"),
        ["pengguna id duplicate"] = (b => b.Operator2["pengguna_id"] = b.Operator["pengguna_id"], $"{Pg}:3: pengguna_id: ganda (pertama di baris 2)"),
        ["username not an email"] = (b => b.Operator2["username"] = "operator sdn 1", $"{Pg}:3: username: harus alamat email"),
        ["username duplicate in other case"] = (b => b.Operator2["username"] = b.Operator["username"].ToUpperInvariant(), $"{Pg}:3: username: ganda (pertama di baris 2)"),
        ["password hash md5"] = (b => b.Operator2["password_hash"] = "5f4dcc3b5aa765d61d8327deb882cf99", $"{Pg}:3: password_hash: harus hash bcrypt"),
        ["peran empty"] = (b => b.Operator2["peran"] = "", $"{Pg}:3: peran: wajib diisi"),
        ["pengguna unknown school"] = (b => b.Operator2["sekolah_id"] = SnapshotBuilder.NewId(), $"{Pg}:3: sekolah_id: tidak merujuk ke sekolah yang sah"),
        ["operator ptk_id not a uuid"] = (b => b.Operator2["ptk_id"] = "42", $"{Pg}:3: ptk_id: harus UUID atau kosong"),
        ["operator ptk_id of no ptk"] = (b => b.Operator2["ptk_id"] = SnapshotBuilder.NewId(), $"{Pg}:3: ptk_id: tidak merujuk ke baris PTK yang sah di sekolah yang sama"),
        ["operator ptk_id of another school"] = (b => b.Operator2["sekolah_id"] = b.School2["sekolah_id"], $"{Pg}:3: ptk_id: tidak merujuk ke baris PTK yang sah di sekolah yang sama"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public async Task The_base_snapshot_is_valid()
    {
        using var temp = new TempFolder();
        var (rosters, report) = await ReadHelper.ReadAllAsync(new Base().Builder.Write(temp.Path));
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(2, rosters.Count);
        Assert.Equal(2, rosters.Sum(r => r.Learners.Count));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_broken_rule_rejects_the_row_as_file_line_column_reason(string name)
    {
        var (breakIt, expected) = Cases[name];
        var b = new Base();
        breakIt(b);
        using var temp = new TempFolder();

        var (_, report) = await ReadHelper.ReadAllAsync(b.Builder.Write(temp.Path));

        var rejected = Assert.Single(report.RejectedExamples);
        Assert.StartsWith(expected, rejected.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, report.RejectedCount);
    }

    [Fact]
    public async Task A_row_with_more_cells_than_the_header_is_rejected()
    {
        using var temp = new TempFolder();
        var folder = new Base().Builder.Write(temp.Path);
        File.AppendAllText(Path.Combine(folder, Pd), "a,b,c,d,e,f,g,h,i,j\n");
        var (_, report) = await ReadHelper.ReadAllAsync(folder);
        Assert.StartsWith($"{Pd}:4: baris: kolomnya lebih banyak dari baris judul", Assert.Single(report.RejectedExamples).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rows_of_a_rejected_school_are_rejected_too()
    {
        var b = new Base();
        b.School2["npsn"] = "99999999";
        b.Learner2["sekolah_id"] = b.School2["sekolah_id"];
        using var temp = new TempFolder();

        var (rosters, report) = await ReadHelper.ReadAllAsync(b.Builder.Write(temp.Path));

        Assert.Equal(
            [$"{Sd}:3: npsn: 99999999 adalah isian pengganti, bukan NPSN sekolah (tertulis '99999999')", $"{Pd}:3: sekolah_id: tidak merujuk ke sekolah yang sah di sekolah.csv ({b.School2["sekolah_id"]})"],
            report.RejectedExamples.Select(r => r.ToString()));
        Assert.Single(rosters);
    }

    /// <summary>Two schools; the second row of each file is the one the cases break.</summary>
    private sealed class Base
    {
        public Base()
        {
            School = Builder.AddSchool();
            School2 = Builder.AddSchool(BentukPendidikan.SMP, provinsi: "Prov. Bali");
            Learner = Builder.AddLearner(School);
            Learner2 = Builder.AddLearner(School, tingkat: 6);
            Head = Builder.AddPtk(School, 20);
            Teacher = Builder.AddPtk(School);
            Operator = Builder.AddPengguna(School);
            Operator2 = Builder.AddPengguna(School, Head);
        }

        public SnapshotBuilder Builder { get; } = new();
        public Dictionary<string, string> School { get; }
        public Dictionary<string, string> School2 { get; }
        public Dictionary<string, string> Learner { get; }
        public Dictionary<string, string> Learner2 { get; }
        public Dictionary<string, string> Head { get; }
        public Dictionary<string, string> Teacher { get; }
        public Dictionary<string, string> Operator { get; }
        public Dictionary<string, string> Operator2 { get; }
    }
}
