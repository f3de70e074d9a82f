using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>The rules of one <c>ptk.csv</c> row (uniqueness is checked later, bucket by bucket).</summary>
internal static class PtkRow
{
    public static RowError? TryParse(SepReader.Row row, int[] c, IReadOnlyDictionary<Guid, SchoolEntry> schools,
        out Ptk? ptk, out SchoolEntry? school)
    {
        ptk = null;
        school = null;
        if (Fields.Guid(row, c[6], "sekolah_id", out var sekolahId) is { } eSchool)
        {
            return eSchool;
        }

        if (!schools.TryGetValue(sekolahId, out school))
        {
            return new RowError("sekolah_id", "tidak merujuk ke sekolah yang sah di sekolah.csv", sekolahId.ToString("D"));
        }

        if (Fields.Guid(row, c[0], "ptk_id", out var id) is { } e0)
        {
            return e0;
        }

        var nuptk = Fields.Optional(row, c[1]);
        if (nuptk is not null && FieldRules.Nuptk(nuptk) is { } nuptkReason)
        {
            return new RowError("nuptk", nuptkReason, Fields.Shown(nuptk));
        }

        var nik = Fields.Optional(row, c[2]);
        if (Fields.Nik(nik, required: true) is { } eNik)
        {
            return eNik;
        }

        if (Fields.Text(row, c[3], "nama", out var nama) is { } e3)
        {
            return e3;
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

        var jenisSpan = row[c[7]].Span.Trim();
        int? jenis = null;
        if (!jenisSpan.IsEmpty)
        {
            if (!int.TryParse(jenisSpan, out var parsed) || parsed <= 0)
            {
                return new RowError("jenis_ptk_id", "harus bilangan bulat positif atau kosong", Fields.Shown(jenisSpan));
            }

            jenis = parsed;
        }

        ptk = new Ptk(id, nuptk, nik, nama, jk, lahir, sekolahId, jenis);
        return null;
    }
}
