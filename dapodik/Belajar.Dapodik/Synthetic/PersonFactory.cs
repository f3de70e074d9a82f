using System.Globalization;

namespace Belajar.Dapodik.Synthetic;

/// <summary>Makes the rows of learners and PTK of a synthetic school (as CSV cell values, in column order).</summary>
internal sealed class PersonFactory(Random rng, NameGenerator names)
{
    private static readonly int[] OtherStaff = [30, 40, 41, 42, 43];
    private static readonly string[] Romans = ["X", "XI", "XII", "XIII"];
    private static readonly string[] SmaMajors = ["IPA", "IPS", "Bahasa"];
    private static readonly string[] SmkMajors = ["TKJ", "AKL", "OTKP", "TBSM", "RPL"];
    private long _learnerSeq;
    private long _ptkSeq;

    /// <summary>A learner of <paramref name="school"/>: peserta_didik_id, nisn, nik, nama, jenis_kelamin, tanggal_lahir, sekolah_id, tingkat, rombel.</summary>
    public string[] Learner(SchoolPlan school)
    {
        var seq = _learnerSeq++;
        var jk = rng.Next(2) == 0 ? 'L' : 'P';
        var tingkat = Grade(school.Form.Bentuk);
        var age = tingkat + 6 + rng.Next(2) + (BentukPendidikan.IsNonFormal(school.Form.Bentuk) ? rng.Next(12) : 0);
        var lahir = new DateOnly(2020 - age, 1, 1).AddDays(rng.Next(365));
        var nisn = rng.NextDouble() < 0.015
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{lahir.Year % 1000:000}{((seq * 7919L) + 13) % 10_000_000L:0000000}");
        var nik = rng.NextDouble() < 0.85 ? Nik(school.NikRegion, lahir, jk) : string.Empty;
        return
        [
            SchoolPlanner.Id(rng).ToString("D"), nisn, nik, names.Person(jk, school.Province.DapodikCode), jk.ToString(),
            Date(lahir), school.Id.ToString("D"), tingkat.ToString(CultureInfo.InvariantCulture), Rombel(school.Form.Bentuk, tingkat),
        ];
    }

    /// <summary>A PTK of <paramref name="school"/>: ptk_id, nuptk, nik, nama, jenis_kelamin, tanggal_lahir, sekolah_id, jenis_ptk_id.</summary>
    public string[] Ptk(SchoolPlan school, bool head)
    {
        var seq = _ptkSeq++;
        var jk = rng.Next(2) == 0 ? 'L' : 'P';
        var lahir = new DateOnly(1962, 1, 1).AddDays(rng.Next(36 * 365));
        var jenis = head ? JenisPtk.KepalaSekolah : Jenis(school.Form.Bentuk);
        var teaching = jenis is { } j && (j == JenisPtk.KepalaSekolah || JenisPtk.IsGuru(j));
        var name = names.Person(jk, school.Province.DapodikCode);
        var nuptk = teaching && rng.NextDouble() < 0.7
            ? string.Create(CultureInfo.InvariantCulture, $"{1_000_000_000_000_000L + ((seq * 104_729L) + 7) % 8_999_999_999_999_999L}")
            : string.Empty;
        return
        [
            SchoolPlanner.Id(rng).ToString("D"), nuptk, Nik(school.NikRegion, lahir, jk),
            teaching ? names.WithTitles(name, jk) : name, jk.ToString(), Date(lahir), school.Id.ToString("D"),
            jenis is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty,
        ];
    }

    public string Nik(string region, DateOnly lahir, char jk) => string.Create(CultureInfo.InvariantCulture,
        $"{region}{lahir.Day + (jk == 'P' ? 40 : 0):00}{lahir.Month:00}{lahir.Year % 100:00}{1 + rng.Next(9999):0000}");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private int Grade(int bentuk)
    {
        if (BentukPendidikan.IsNonFormal(bentuk))
        {
            return rng.NextDouble() switch
            {
                < 0.2 => 1 + rng.Next(6),
                < 0.55 => 7 + rng.Next(3),
                _ => 10 + rng.Next(3),
            };
        }

        if (bentuk == BentukPendidikan.SMK && rng.NextDouble() < 0.03)
        {
            return 13;
        }

        var (min, max) = BentukPendidikan.Grades(bentuk) ?? (1, 1);
        return bentuk == BentukPendidikan.SMK ? 10 + rng.Next(3) : min + rng.Next(max - min + 1);
    }

    private int? Jenis(int bentuk)
    {
        var roll = rng.NextDouble();
        if (roll < 0.015)
        {
            return rng.Next(2) == 0 ? null : JenisPtk.NotFilled;
        }

        if (roll < 0.14)
        {
            return OtherStaff[rng.Next(OtherStaff.Length)];
        }

        var primary = bentuk is BentukPendidikan.SD or BentukPendidikan.MI or BentukPendidikan.SDLB or BentukPendidikan.TK;
        return rng.NextDouble() switch
        {
            < 0.06 => 5,
            < 0.09 => 6,
            < 0.10 => 12 + rng.Next(3),
            _ => primary ? 3 : 4,
        };
    }

    private string Rombel(int bentuk, int tingkat)
    {
        var letter = (char)('A' + rng.Next(3));
        var number = 1 + rng.Next(3);
        return bentuk switch
        {
            BentukPendidikan.SMA => $"{Romans[tingkat - 10]} {SmaMajors[rng.Next(SmaMajors.Length)]} {number}",
            BentukPendidikan.SMK => $"{Romans[tingkat - 10]} {SmkMajors[rng.Next(SmkMajors.Length)]} {number}",
            BentukPendidikan.PKBM or BentukPendidikan.SKB =>
                $"Paket {(tingkat <= 6 ? 'A' : tingkat <= 9 ? 'B' : 'C')} Kelas {tingkat}",
            _ => $"{tingkat}{letter}",
        };
    }
}
