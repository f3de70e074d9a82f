using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>The rules of one <c>pengguna.csv</c> row (uniqueness and the PTK reference are checked by the caller).</summary>
internal static class PenggunaRow
{
    public static RowError? TryParse(SepReader.Row row, int[] c, IReadOnlyDictionary<Guid, SchoolEntry> schools,
        out Pengguna? pengguna, out SchoolEntry? school)
    {
        pengguna = null;
        school = null;
        if (Fields.Guid(row, c[3], "sekolah_id", out var sekolahId) is { } eSchool)
        {
            return eSchool;
        }

        if (!schools.TryGetValue(sekolahId, out school))
        {
            return new RowError("sekolah_id", "tidak merujuk ke sekolah yang sah di sekolah.csv", sekolahId.ToString("D"));
        }

        if (Fields.Guid(row, c[0], "pengguna_id", out var id) is { } e0)
        {
            return e0;
        }

        var username = row[c[1]].Span.Trim();
        if (!FieldRules.IsEmail(username))
        {
            return new RowError("username", "harus alamat email", Fields.Shown(username));
        }

        if (Fields.Text(row, c[2], "nama", out var nama) is { } e2)
        {
            return e2;
        }

        if (Fields.Text(row, c[4], "peran", out var peran) is { } e4)
        {
            return e4;
        }

        if (Fields.OptionalGuid(row, c[5], "ptk_id", out var ptkId) is { } e5)
        {
            return e5;
        }

        var hash = row[c[6]].Span.Trim();
        if (!FieldRules.IsBcryptHash(hash))
        {
            return new RowError("password_hash", "harus hash bcrypt ($2a$/$2b$/$2y$, 60 karakter)");
        }

        pengguna = new Pengguna(id, username.ToString(), nama, sekolahId, peran, ptkId, hash.ToString());
        return null;
    }
}
