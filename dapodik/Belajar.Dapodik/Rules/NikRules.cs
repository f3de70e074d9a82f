namespace Belajar.Dapodik;

/// <summary>
/// The NIK (national identity number): 16 digits <c>PPRRSS DDMMYY XXXX</c>: province, kabupaten/kota and kecamatan
/// of registration, date of birth (women: day + 40) and a serial that is never 0000.
/// </summary>
public static class NikRules
{
    /// <summary>The Kemendagri province codes that open a NIK (38 provinces).</summary>
    public static readonly IReadOnlySet<int> ProvinceCodes = new HashSet<int>
    {
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
        61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
    };

    /// <summary>Checks a NIK; returns null when it is valid, otherwise what is wrong (never the NIK itself).</summary>
    public static string? Validate(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        return Validate(nik.AsSpan());
    }

    /// <summary>Checks a NIK given as characters; returns null when it is valid, otherwise what is wrong.</summary>
    public static string? Validate(ReadOnlySpan<char> nik)
    {
        if (nik.Length != 16 || !FieldRules.AllDigits(nik))
        {
            return "harus 16 angka";
        }

        var province = Two(nik, 0);
        if (!ProvinceCodes.Contains(province))
        {
            return $"bagian wilayah: kode provinsi {province:00} tidak ada";
        }

        if (Two(nik, 2) == 0 || Two(nik, 4) == 0)
        {
            return "bagian wilayah: kode kabupaten/kota dan kecamatan tidak boleh 00";
        }

        if (BirthDate(nik) is null)
        {
            return "bagian tanggal: DDMMYY bukan tanggal yang benar (perempuan: hari + 40)";
        }

        if (nik.Slice(12, 4).SequenceEqual("0000"))
        {
            return "nomor urut tidak boleh 0000";
        }

        return null;
    }

    /// <summary>
    /// The day and month of birth in the NIK and whether it marks a woman; null when the date part is not a real
    /// date. The year is two digits, so February 29 is accepted (some century has it as a leap year).
    /// </summary>
    public static (int Day, int Month, int YearOfCentury, bool Female)? BirthDate(string nik) => BirthDate(nik.AsSpan());

    /// <summary>The birth date part of a NIK given as characters (see <see cref="BirthDate(string)"/>).</summary>
    public static (int Day, int Month, int YearOfCentury, bool Female)? BirthDate(ReadOnlySpan<char> nik)
    {
        var day = Two(nik, 6);
        var month = Two(nik, 8);
        var year = Two(nik, 10);
        var female = day > 40;
        if (female)
        {
            day -= 40;
        }

        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        var leapCandidate = year % 4 == 0 ? 2000 + year : 2004;
        return day <= DateTime.DaysInMonth(leapCandidate, month) ? (day, month, year, female) : null;
    }

    /// <summary>Masks a NIK for logs and reports: <c>3171********0001</c> (first 4 and last 4 digits kept).</summary>
    public static string Mask(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        if (nik.Length <= 8)
        {
            return new string('*', nik.Length);
        }

        return string.Concat(nik.AsSpan(0, 4), new string('*', nik.Length - 8), nik.AsSpan(nik.Length - 4));
    }

    private static int Two(ReadOnlySpan<char> s, int at) => ((s[at] - '0') * 10) + (s[at + 1] - '0');
}
