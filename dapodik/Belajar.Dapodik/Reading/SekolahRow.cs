using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>The rules of one <c>sekolah.csv</c> row (uniqueness is checked by the caller).</summary>
internal static class SekolahRow
{
    /// <summary>Parses a row; region names are shared through <paramref name="names"/> (220,000 schools, few regions).</summary>
    public static RowError? TryParse(SepReader.Row row, int[] c, Dictionary<string, string> names, out Sekolah? sekolah)
    {
        sekolah = null;
        if (Fields.Guid(row, c[0], "sekolah_id", out var id) is { } e0)
        {
            return e0;
        }

        var npsn = row[c[1]].Span.Trim();
        if (FieldRules.Npsn(npsn) is { } npsnReason)
        {
            return new RowError("npsn", npsnReason, Fields.Shown(npsn));
        }

        if (Fields.Text(row, c[2], "nama", out var nama) is { } e2)
        {
            return e2;
        }

        var bentukSpan = row[c[3]].Span;
        if (!int.TryParse(bentukSpan, out var bentuk) || bentuk <= 0)
        {
            return new RowError("bentuk_pendidikan_id", "harus bilangan bulat positif", Fields.Shown(bentukSpan));
        }

        var status = row[c[4]].Span;
        if (!status.SequenceEqual("Negeri") && !status.SequenceEqual("Swasta"))
        {
            return new RowError("status_sekolah", "harus Negeri atau Swasta", Fields.Shown(status));
        }

        var kode = row[c[5]].Span.Trim();
        if (FieldRules.KodeWilayahKecamatan(kode) is { } kodeReason)
        {
            return new RowError("kode_wilayah", kodeReason, Fields.Shown(kode));
        }

        if (Fields.Text(row, c[6], "kecamatan", out var kecamatan) is { } e6)
        {
            return e6;
        }

        if (Fields.Text(row, c[7], "kabupaten_kota", out var kabupaten) is { } e7)
        {
            return e7;
        }

        if (Fields.Text(row, c[8], "provinsi", out var provinsi) is { } e8)
        {
            return e8;
        }

        sekolah = new Sekolah(id, npsn.ToString(), nama, bentuk, Shared(names, status.ToString()), Shared(names, kode.ToString()),
            Shared(names, kecamatan), Shared(names, kabupaten), Shared(names, provinsi));
        return null;
    }

    private static string Shared(Dictionary<string, string> names, string value)
    {
        if (names.TryGetValue(value, out var shared))
        {
            return shared;
        }

        names.Add(value, value);
        return value;
    }
}
