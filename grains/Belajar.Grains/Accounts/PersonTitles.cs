namespace Belajar.Grains.Accounts;

/// <summary>
/// The academic, professional and religious titles that appear in Dapodik names, in normalised form
/// (lower case, dots removed: <c>S.Pd.I</c> → <c>spdi</c>). Matched with and without dots.
/// </summary>
internal static class PersonTitles
{
    /// <summary>Titles written before the name: <c>Drs. H. Ahmad</c>, <c>Hj Siti</c>, <c>Prof. Dr. Ir.</c>.</summary>
    public static readonly HashSet<string> Prefix = new(StringComparer.Ordinal)
    {
        "dr", "drs", "dra", "drg", "drh", "prof", "ir", "ns", "apt",
        "h", "hj", "kh", "tgh", "ust", "ustz", "usth", "ustadz", "ustadzah", "ustazah", "ustaz", "pdt", "kyai", "kiai",
    };

    /// <summary>
    /// Degrees written after the name (usually after a comma): <c>S.Pd.</c>, <c>M.Pd.</c>, <c>A.Md.Kep</c>, <c>Gr.</c>.
    /// </summary>
    public static readonly HashSet<string> Suffix = new(StringComparer.Ordinal)
    {
        // Sarjana (S1)
        "spd", "spdi", "spdsd", "spdk", "spdh", "spdb", "skom", "st", "sag", "sthi", "shi", "sh", "se", "sei", "ssi",
        "ssos", "sip", "sikom", "sked", "skep", "skm", "sfarm", "sgz", "ssn", "sds", "spsi", "ssy", "sth", "sp", "spt",
        "spi", "shut", "stp", "sak", "sab", "sars", "shum", "sn", "sor", "stat", "stt", "sst", "str", "strkeb", "strkes",
        "strpd", "sfil", "sksos", "stk", "smb",
        // Magister (S2) and doctorate
        "mpd", "mpdi", "msi", "mm", "mag", "mkom", "mt", "mhum", "mkes", "mh", "msc", "mba", "ma", "med", "mth", "mak",
        "mkm", "mpsi", "mhi", "mei", "mfarm", "mkep", "mkn", "mars", "phd", "llm", "lc", "dea",
        // Diploma and professional
        "amd", "amdkep", "amdkeb", "amdkom", "amdpd", "amdak", "amdfarm", "amdgz", "ama", "amapd", "ba", "bsc", "bed",
        "ak", "cpa", "gr", "mpdgr", "spdgr", "dipl",
    };

    /// <summary>
    /// Short titles that are also plausible name words (<c>Ma</c>, <c>Ba</c>, <c>Sr</c>): removed only when
    /// written with dots or when they follow a comma.
    /// </summary>
    public static readonly HashSet<string> NeedsDotsOrComma = new(StringComparer.Ordinal)
    {
        "ma", "ba", "ak", "lc", "med", "mag", "ama", "sak", "dea", "bed", "sab", "sn", "str", "stat", "apt",
    };
}
