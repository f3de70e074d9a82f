namespace Belajar.Dapodik;

/// <summary>Kinds of PTK (<c>jenis_ptk_id</c>) as the circular sorts them.</summary>
public static class JenisPtk
{
    /// <summary>Kepala sekolah (head of school).</summary>
    public const int KepalaSekolah = 20;

    /// <summary>The code Dapodik uses for "not filled".</summary>
    public const int NotFilled = 99;

    /// <summary>The guru (teacher) codes.</summary>
    public static readonly IReadOnlySet<int> GuruCodes = new HashSet<int> { 3, 4, 5, 6, 12, 13, 14 };

    /// <summary>True for the guru codes.</summary>
    public static bool IsGuru(int? id) => id is { } v && GuruCodes.Contains(v);

    /// <summary>True when the kind is missing (empty or 99).</summary>
    public static bool IsNotFilled(int? id) => id is null or NotFilled;
}
