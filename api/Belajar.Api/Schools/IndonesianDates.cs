using System.Globalization;

namespace Belajar.Api.Schools;

/// <summary>Dates as people in Indonesia read them, in WIB (UTC+7), without relying on the host's ICU data.</summary>
public static class IndonesianDates
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>WIB, the offset the circular's dates are given in.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>E.g. "30 Juni 2021 pukul 23.59 WIB".</summary>
    public static string DateAndTime(DateTimeOffset value)
    {
        var wib = value.ToOffset(Wib);
        return string.Create(CultureInfo.InvariantCulture, $"{wib.Day} {Months[wib.Month - 1]} {wib.Year} pukul {wib.Hour:00}.{wib.Minute:00} WIB");
    }
}
