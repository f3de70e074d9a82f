using System.Globalization;
using System.Text;

namespace Belajar.Provisioning.Tests;

/// <summary>A small Dapodik snapshot built row by row (valid rows unless a test says otherwise), written as the four CSV files.</summary>
public sealed class TestSnapshot
{
    private static int _npsnSeed = 30100000 + (Environment.ProcessId % 1000) * 100;
    private static long _nisnSeed = 7000000000L + (Environment.ProcessId % 1000) * 100000L;

    private readonly List<string> _schools = [];
    private readonly List<string> _learners = [];
    private readonly List<string> _operators = [];
    private readonly List<string> _ptk = [];
    private static int _nikSeed = 1000 + (Environment.ProcessId % 1000) * 8;
    private static long _nuptkSeed;

    /// <summary>Adds an SD school (or another form: <paramref name="bentuk"/> 6 is an SMP) in a province/kabupaten and answers its (sekolah_id, NPSN).</summary>
    public static School NewSchool(string provinsi = "Prov. D.K.I. Jakarta", string kabupaten = "Kota Jakarta Selatan", string kodeWilayah = "016001", int bentuk = 5)
    {
        var npsn = Interlocked.Increment(ref _npsnSeed).ToString(CultureInfo.InvariantCulture);
        return new School(Guid.NewGuid().ToString("D"), npsn, provinsi, kabupaten, kodeWilayah, bentuk);
    }

    /// <summary>A learner of grade 5 with a fresh NISN.</summary>
    public static Learner NewLearner(string nama) =>
        new(Guid.NewGuid().ToString("D"), Interlocked.Increment(ref _nisnSeed).ToString("0000000000", CultureInfo.InvariantCulture), nama);

    /// <summary>
    /// A teacher with a fresh ptk_id and a valid NIK of its own (no NUPTK unless given): a person is one account by NUPTK, else
    /// NIK, so two teachers never share a NIK unless a test means the same person.
    /// </summary>
    public static Teacher NewTeacher(string nama, string? nuptk = null)
    {
        var n = Interlocked.Increment(ref _nikSeed);
        var nik = string.Create(CultureInfo.InvariantCulture, $"357801{n / 9999 % 28 + 1:00}0385{n % 9999 + 1:0000}");
        return new(Guid.NewGuid().ToString("D"), nik, nama, nuptk);
    }

    /// <summary>A NUPTK (16 digits) no other teacher of this test process has.</summary>
    public static string NewNuptk() =>
        (1_900_000_000_000_000L + Environment.ProcessId % 100_000 * 100_000_000L + Interlocked.Increment(ref _nuptkSeed)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds the teacher's <c>ptk.csv</c> row at a school (<c>jenis_ptk_id</c> 3, a guru); the same teacher at two schools is one person there.</summary>
    public TestSnapshot Add(School school, Teacher teacher)
    {
        _ptk.Add(string.Join(',', teacher.Id, teacher.Nuptk ?? "", teacher.Nik, Quote(teacher.Nama), "L", "1985-03-15", school.Id, "3"));
        return this;
    }

    public TestSnapshot Add(School school)
    {
        _schools.Add(string.Join(',', school.Id, school.Npsn, $"Sekolah Uji {school.Npsn}", school.Bentuk.ToString(CultureInfo.InvariantCulture), "Negeri", school.KodeWilayah,
            "Kec. Uji", Quote(school.Kabupaten), Quote(school.Provinsi)));
        return this;
    }

    /// <summary>Adds a learner at a school: grade 5 at an SD, grade 7 at an SMP.</summary>
    public TestSnapshot Add(School school, Learner learner)
    {
        var tingkat = school.Bentuk == 6 ? "7" : "5";
        _learners.Add(string.Join(',', learner.Id, learner.Nisn, "", Quote(learner.Nama), "P", "2014-03-04", school.Id, tingkat, tingkat + "A"));
        return this;
    }

    /// <summary>Adds the school's operator (<c>pengguna.csv</c>, <c>peran</c> operator) with a bcrypt hash of <paramref name="password"/>.</summary>
    /// <param name="penggunaId">The operator's <c>pengguna_id</c> (its account key is <c>adm-{pengguna_id}</c>): the same in two snapshots for the same operator; new when null.</param>
    public TestSnapshot AddOperator(School school, string username, string password, string? penggunaId = null)
    {
        _operators.Add(string.Join(',', penggunaId ?? Guid.NewGuid().ToString("D"), username, "Operator Uji", school.Id, "operator", "",
            BCrypt.Net.BCrypt.HashPassword(password, 4)));
        return this;
    }

    /// <summary>Writes the snapshot into a new temporary folder and answers the folder.</summary>
    public string Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"belajar-snap-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(folder);
        Write(folder, "sekolah.csv", "sekolah_id,npsn,nama,bentuk_pendidikan_id,status_sekolah,kode_wilayah,kecamatan,kabupaten_kota,provinsi", _schools);
        Write(folder, "peserta_didik.csv", "peserta_didik_id,nisn,nik,nama,jenis_kelamin,tanggal_lahir,sekolah_id,tingkat_pendidikan_id,nama_rombel", _learners);
        Write(folder, "ptk.csv", "ptk_id,nuptk,nik,nama,jenis_kelamin,tanggal_lahir,sekolah_id,jenis_ptk_id", _ptk);
        Write(folder, "pengguna.csv", "pengguna_id,username,nama,sekolah_id,peran,ptk_id,password_hash", _operators);
        return folder;
    }

    private static void Write(string folder, string file, string header, List<string> rows) =>
        File.WriteAllText(Path.Combine(folder, file), header + "\n" + string.Join("", rows.Select(r => r + "\n")), new UTF8Encoding(false));

    private static string Quote(string value) => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}

/// <summary>A school row of a <see cref="TestSnapshot"/>.</summary>
/// <param name="Bentuk">The bentuk_pendidikan_id: 5 SD, 6 SMP.</param>
public sealed record School(string Id, string Npsn, string Provinsi, string Kabupaten, string KodeWilayah, int Bentuk = 5);

/// <summary>A learner row of a <see cref="TestSnapshot"/>; its account key is <c>pd-{Id}</c>.</summary>
public sealed record Learner(string Id, string Nisn, string Nama)
{
    public string AccountKey => $"pd-{Id}";
}

/// <summary>A PTK row of a <see cref="TestSnapshot"/> (a guru); its account key is <c>guru-{Id}</c> unless another row of the same person claimed it first.</summary>
public sealed record Teacher(string Id, string Nik, string Nama, string? Nuptk = null)
{
    public string AccountKey => $"guru-{Id}";
}
