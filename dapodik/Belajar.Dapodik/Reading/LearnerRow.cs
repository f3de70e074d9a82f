using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>
/// The rules of one <c>peserta_didik.csv</c> row (uniqueness is checked later, bucket by bucket). Learners are most of a
/// snapshot's rows, so a valid row goes to its bucket straight from the CSV cells, without a record or strings.
/// </summary>
internal static class LearnerRow
{
    public static RowError? Validate(SepReader.Row row, int[] c, IReadOnlyDictionary<Guid, SchoolEntry> schools,
        out LearnerValues values, out SchoolEntry? school)
    {
        values = default;
        school = null;
        if (Fields.Guid(row, c[6], "sekolah_id", out var sekolahId) is { } eSchool)
        {
            return eSchool;
        }

        if (!schools.TryGetValue(sekolahId, out school))
        {
            return new RowError("sekolah_id", "tidak merujuk ke sekolah yang sah di sekolah.csv", sekolahId.ToString("D"));
        }

        if (Fields.Guid(row, c[0], "peserta_didik_id", out var id) is { } e0)
        {
            return e0;
        }

        var nisn = row[c[1]].Span.Trim();
        if (!nisn.IsEmpty && FieldRules.Nisn(nisn) is { } nisnReason)
        {
            return new RowError("nisn", nisnReason, Fields.Shown(nisn));
        }

        if (Fields.Nik(row[c[2]].Span.Trim(), required: false) is { } eNik)
        {
            return eNik;
        }

        var nama = row[c[3]].Span.Trim();
        if (nama.IsEmpty)
        {
            return new RowError("nama", "wajib diisi");
        }

        if (NameRules.Problem(nama) is { } namaReason)
        {
            return new RowError("nama", namaReason, Fields.Shown(nama));
        }

        if (Fields.Gender(row, c[4], out var jk) is { } e4)
        {
            return e4;
        }

        if (Fields.Date(row, c[5], out var lahir) is { } e5)
        {
            return e5;
        }

        var tingkatSpan = row[c[7]].Span;
        if (!int.TryParse(tingkatSpan, out var tingkat) || tingkat is < 1 or > 13)
        {
            return new RowError("tingkat_pendidikan_id", "harus tingkat 1–13", Fields.Shown(tingkatSpan));
        }

        var bentuk = school.Sekolah.BentukPendidikanId;
        if (BentukPendidikan.Grades(bentuk) is { } grades && (tingkat < grades.Min || tingkat > grades.Max))
        {
            return new RowError("tingkat_pendidikan_id", "tidak sesuai bentuk sekolah",
                $"{tingkat} di {BentukPendidikan.Name(bentuk)}, yang mengajar {grades.Min}–{grades.Max}");
        }

        values = new LearnerValues(id, sekolahId, jk, lahir, tingkat);
        return null;
    }
}

/// <summary>The parsed, non-text values of a valid learner row.</summary>
internal readonly record struct LearnerValues(Guid Id, Guid SekolahId, char JenisKelamin, DateOnly TanggalLahir, int Tingkat);
