using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>The rules of one <c>peserta_didik.csv</c> row (uniqueness is checked later, bucket by bucket).</summary>
internal static class LearnerRow
{
    public static RowError? TryParse(SepReader.Row row, int[] c, IReadOnlyDictionary<Guid, SchoolEntry> schools,
        out PesertaDidik? learner, out SchoolEntry? school)
    {
        learner = null;
        school = null;
        if (Fields.Guid(row, c[6], "sekolah_id", out var sekolahId) is { } eSchool)
        {
            return eSchool;
        }

        if (!schools.TryGetValue(sekolahId, out school))
        {
            return new RowError("sekolah_id", "refers to no valid school of sekolah.csv", sekolahId.ToString("D"));
        }

        if (Fields.Guid(row, c[0], "peserta_didik_id", out var id) is { } e0)
        {
            return e0;
        }

        var nisn = Fields.Optional(row, c[1]);
        if (nisn is not null && FieldRules.Nisn(nisn) is { } nisnReason)
        {
            return new RowError("nisn", nisnReason, Fields.Shown(nisn));
        }

        var nik = Fields.Optional(row, c[2]);
        if (Fields.Nik(nik, required: false) is { } eNik)
        {
            return eNik;
        }

        if (Fields.Text(row, c[3], "nama", out var nama) is { } e3)
        {
            return e3;
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
            return new RowError("tingkat_pendidikan_id", "must be a grade 1–13", Fields.Shown(tingkatSpan));
        }

        var bentuk = school.Sekolah.BentukPendidikanId;
        if (BentukPendidikan.Grades(bentuk) is { } grades && (tingkat < grades.Min || tingkat > grades.Max))
        {
            return new RowError("tingkat_pendidikan_id", "does not fit the school's form",
                $"{tingkat} at {BentukPendidikan.Name(bentuk)}, which teaches {grades.Min}–{grades.Max}");
        }

        learner = new PesertaDidik(id, nisn, nik, nama, jk, lahir, sekolahId, tingkat, Fields.Optional(row, c[8]));
        return null;
    }
}
