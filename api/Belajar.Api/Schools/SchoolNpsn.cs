using Belajar.Dapodik;

namespace Belajar.Api.Schools;

/// <summary>
/// The one normalisation of a school's NPSN from a URL, before it becomes a grain key or is compared with a token's claim:
/// trimmed and upper-case, then held to the snapshot's rule (8 characters <c>[0-9A-Z]</c>, not the placeholder
/// <c>99999999</c>; <see cref="FieldRules.Npsn"/>), so that <c>" 20200001"</c> and <c>"20200001"</c> are one school.
/// </summary>
public static class SchoolNpsn
{
    /// <summary>The normalised NPSN, or null when <paramref name="raw"/> is no NPSN.</summary>
    public static string? Normalize(string? raw)
    {
        var npsn = raw?.Trim().ToUpperInvariant();
        return npsn is not null && FieldRules.Npsn(npsn) is null ? npsn : null;
    }

    /// <summary>What a caller who sent <paramref name="raw"/> should send instead (Bahasa Indonesia).</summary>
    public static string Invalid(string? raw) =>
        $"'{raw}' bukan NPSN: NPSN terdiri dari 8 karakter angka 0-9 atau huruf A-Z (mis. 20200001 atau P9984383), dan 99999999 bukan NPSN sekolah.";
}
