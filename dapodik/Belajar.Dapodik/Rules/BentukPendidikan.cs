namespace Belajar.Dapodik;

/// <summary>School forms (<c>bentuk_pendidikan_id</c>) and the grades each one teaches.</summary>
public static class BentukPendidikan
{
    /// <summary>Sekolah Dasar.</summary>
    public const int SD = 5;
    /// <summary>Sekolah Menengah Pertama.</summary>
    public const int SMP = 6;
    /// <summary>SD Luar Biasa.</summary>
    public const int SDLB = 7;
    /// <summary>SMP Luar Biasa.</summary>
    public const int SMPLB = 8;
    /// <summary>Sekolah Menengah Atas.</summary>
    public const int SMA = 13;
    /// <summary>SMA Luar Biasa.</summary>
    public const int SMLB = 14;
    /// <summary>Sekolah Menengah Kejuruan.</summary>
    public const int SMK = 15;
    /// <summary>Pusat Kegiatan Belajar Masyarakat (Paket A/B/C).</summary>
    public const int PKBM = 27;
    /// <summary>Sekolah Luar Biasa (all levels).</summary>
    public const int SLB = 29;
    /// <summary>Sanggar Kegiatan Belajar (Paket A/B/C).</summary>
    public const int SKB = 40;
    /// <summary>Taman Kanak-kanak (out of scope).</summary>
    public const int TK = 1;
    /// <summary>Madrasah Ibtidaiyah (Kemenag, out of scope).</summary>
    public const int MI = 9;
    /// <summary>Madrasah Tsanawiyah (Kemenag, out of scope).</summary>
    public const int MTs = 10;
    /// <summary>Madrasah Aliyah (Kemenag, out of scope).</summary>
    public const int MA = 16;
    /// <summary>Madrasah Aliyah Kejuruan (Kemenag, out of scope).</summary>
    public const int MAK = 17;

    /// <summary>The short name of a form, e.g. <c>SD</c>; <c>bentuk 99</c> for unknown codes.</summary>
    public static string Name(int id) => id switch
    {
        SD => "SD",
        SMP => "SMP",
        SDLB => "SDLB",
        SMPLB => "SMPLB",
        SMA => "SMA",
        SMLB => "SMLB",
        SMK => "SMK",
        PKBM => "PKBM",
        SLB => "SLB",
        SKB => "SKB",
        TK => "TK",
        MI => "MI",
        MTs => "MTs",
        MA => "MA",
        MAK => "MAK",
        _ => $"bentuk {id}",
    };

    /// <summary>True for the forms the circular provisions.</summary>
    public static bool InScope(int id) => id is SD or SMP or SDLB or SMPLB or SMA or SMLB or SMK or PKBM or SLB or SKB;

    /// <summary>True for PKBM and SKB (non-formal, Paket A/B/C).</summary>
    public static bool IsNonFormal(int id) => id is PKBM or SKB;

    /// <summary>
    /// The grades (<c>tingkat_pendidikan_id</c>) a form teaches, or null when the format does not say (TK, unknown forms).
    /// PKBM/SKB teach Paket A (1–6), B (7–9) and C (10–12).
    /// </summary>
    public static (int Min, int Max)? Grades(int id) => id switch
    {
        SD or SDLB or MI => (1, 6),
        SMP or SMPLB or MTs => (7, 9),
        SMA or SMLB or MA => (10, 12),
        SMK or MAK => (10, 13),
        SLB or PKBM or SKB => (1, 12),
        _ => null,
    };
}
