using nietras.SeparatedValues;

namespace Belajar.Dapodik.Reading;

/// <summary>Reading single cells into values, with the error that names the column.</summary>
internal static class Fields
{
    public static string Shown(ReadOnlySpan<char> value)
    {
        var s = value.Length > 40 ? string.Concat(value[..40], "…") : value.ToString();
        return $"tertulis '{s}'";
    }

    public static RowError? Guid(SepReader.Row row, int index, string column, out Guid value)
    {
        var span = row[index].Span;
        if (span.IsEmpty)
        {
            value = default;
            return new RowError(column, "wajib diisi");
        }

        return System.Guid.TryParse(span, out value) ? null : new RowError(column, "harus UUID", Shown(span));
    }

    public static RowError? OptionalGuid(SepReader.Row row, int index, string column, out Guid? value)
    {
        var span = row[index].Span;
        value = null;
        if (span.IsEmpty)
        {
            return null;
        }

        if (!System.Guid.TryParse(span, out var parsed))
        {
            return new RowError(column, "harus UUID atau kosong", Shown(span));
        }

        value = parsed;
        return null;
    }

    public static RowError? Text(SepReader.Row row, int index, string column, out string value)
    {
        var span = row[index].Span.Trim();
        value = span.IsEmpty ? string.Empty : span.ToString();
        return span.IsEmpty ? new RowError(column, "wajib diisi") : null;
    }

    public static string? Optional(SepReader.Row row, int index)
    {
        var span = row[index].Span.Trim();
        return span.IsEmpty ? null : span.ToString();
    }

    public static RowError? Gender(SepReader.Row row, int index, out char value)
    {
        var span = row[index].Span;
        value = span.Length == 1 ? span[0] : '\0';
        return value is 'L' or 'P' ? null : new RowError("jenis_kelamin", "harus L atau P", Shown(span));
    }

    public static RowError? Date(SepReader.Row row, int index, out DateOnly value)
    {
        var span = row[index].Span;
        if (span.IsEmpty)
        {
            value = default;
            return new RowError("tanggal_lahir", "wajib diisi");
        }

        return FieldRules.TryDate(span, out value) ? null : new RowError("tanggal_lahir", "harus tanggal yang benar YYYY-MM-DD", Shown(span));
    }

    public static RowError? Nik(ReadOnlySpan<char> nik, bool required)
    {
        if (nik.IsEmpty)
        {
            return required ? new RowError("nik", "wajib diisi") : null;
        }

        return NikRules.Validate(nik) is { } reason ? new RowError("nik", reason, $"got {NikRules.Mask(nik.ToString())}") : null;
    }

    public static RowError? Nik(string? nik, bool required)
    {
        if (nik is null)
        {
            return required ? new RowError("nik", "wajib diisi") : null;
        }

        return NikRules.Validate(nik) is { } reason ? new RowError("nik", reason, $"got {NikRules.Mask(nik)}") : null;
    }
}
