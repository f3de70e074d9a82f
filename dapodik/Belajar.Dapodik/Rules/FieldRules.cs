namespace Belajar.Dapodik;

/// <summary>The rules of single fields of the snapshot format. Each returns null when the value is fine.</summary>
public static class FieldRules
{
    /// <summary>The NPSN Dapodik uses as a placeholder; never a real school.</summary>
    public const string PlaceholderNpsn = "99999999";

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>NPSN: 8 characters <c>[0-9A-Z]</c>, not the placeholder.</summary>
    public static string? Npsn(ReadOnlySpan<char> s)
    {
        if (s.Length != 8)
        {
            return "harus 8 karakter [0-9A-Z]";
        }

        foreach (var c in s)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
            {
                return "harus 8 karakter [0-9A-Z]";
            }
        }

        return s.SequenceEqual(PlaceholderNpsn) ? "99999999 adalah isian pengganti, bukan NPSN sekolah" : null;
    }

    /// <summary>NISN: 10 digits.</summary>
    public static string? Nisn(ReadOnlySpan<char> s) => s.Length == 10 && AllDigits(s) ? null : "harus 10 angka";

    /// <summary>NUPTK: 16 digits.</summary>
    public static string? Nuptk(ReadOnlySpan<char> s) => s.Length == 16 && AllDigits(s) ? null : "harus 16 angka";

    /// <summary>Kode wilayah of a kecamatan: 6 digits <c>XXYYZZ</c> with non-zero kabupaten and kecamatan parts.</summary>
    public static string? KodeWilayahKecamatan(ReadOnlySpan<char> s)
    {
        if (s.Length != 6 || !AllDigits(s))
        {
            return "harus 6 angka XXYYZZ";
        }

        return s.Slice(2, 2).SequenceEqual("00") || s.Slice(4, 2).SequenceEqual("00")
            ? "harus kode kecamatan XXYYZZ (bagian kabupaten dan kecamatan bukan 00)"
            : null;
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> (a real date, year 1900 or later).</summary>
    public static bool TryDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-' || !AllDigits(s[..4]) || !AllDigits(s.Slice(5, 2)) || !AllDigits(s.Slice(8, 2)))
        {
            return false;
        }

        var year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        var month = ((s[5] - '0') * 10) + (s[6] - '0');
        var day = ((s[8] - '0') * 10) + (s[9] - '0');
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A bcrypt hash: <c>$2a$</c>/<c>$2b$</c>/<c>$2x$</c>/<c>$2y$</c>, two-digit cost, 53 characters of salt and hash.</summary>
    public static bool IsBcryptHash(ReadOnlySpan<char> s)
    {
        if (s.Length != 60 || s[0] != '$' || s[1] != '2' || s[3] != '$' || s[6] != '$' || "abxy".IndexOf(s[2]) < 0)
        {
            return false;
        }

        if (!AllDigits(s.Slice(4, 2)))
        {
            return false;
        }

        foreach (var c in s[7..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An email-like sign-in name: one <c>@</c>, something before it, a dot in the domain, no spaces.</summary>
    public static bool IsEmail(ReadOnlySpan<char> s)
    {
        var at = s.IndexOf('@');
        if (at <= 0 || at != s.LastIndexOf('@') || s.ContainsAny(" \t\r\n,;"))
        {
            return false;
        }

        var domain = s[(at + 1)..];
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1;
    }
}
