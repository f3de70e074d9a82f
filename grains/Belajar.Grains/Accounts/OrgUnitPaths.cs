using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Belajar.Grains.Accounts;

/// <summary>
/// The organisational unit of a school's accounts: <c>/{provinsi}/{kabupaten_kota}/{npsn}</c>, e.g.
/// <c>/Prov. Jawa Barat/Kota Bandung/20219123</c>.
/// </summary>
/// <remarks>
/// Google's rules for an org-unit name: <c>/</c> is not allowed (the Admin SDK silently turns it into <c>_</c>,
/// so this does the same, visibly); names are compared without case among siblings. On top of that, to keep
/// paths safe in <c>users.list</c> queries (<c>orgUnitPath='…'</c>) and readable: quotes, <c>\</c> and the
/// characters Google refuses elsewhere in names (<c>&lt; &gt; = + ,</c>) are dropped, control characters
/// become spaces, whitespace is collapsed and trimmed, and a name is cut to <see cref="MaxNameLength"/>
/// characters. A name left without a letter or digit is refused with an error that says which name to fix.
/// </remarks>
public static partial class OrgUnitPaths
{
    /// <summary>The longest org-unit name produced (Google's limit for user and group names).</summary>
    public const int MaxNameLength = 60;

    /// <summary>The org-unit path of a school's accounts.</summary>
    /// <exception cref="ArgumentException">A name is empty after sanitising, or the NPSN is not 8 letters/digits.</exception>
    public static string For(string provinsi, string kabupatenKota, string npsn)
    {
        var province = SanitiseName(provinsi, nameof(provinsi));
        var regency = SanitiseName(kabupatenKota, nameof(kabupatenKota));
        var school = (npsn ?? string.Empty).Trim().ToUpperInvariant();
        if (!NpsnPattern().IsMatch(school))
        {
            throw new ArgumentException($"NPSN '{npsn}' is not 8 letters or digits (e.g. 20219123 or P9984383); correct the school's NPSN.", nameof(npsn));
        }

        return $"/{province}/{regency}/{school}";
    }

    /// <summary>A name made acceptable as one org-unit path segment.</summary>
    /// <exception cref="ArgumentException">Nothing usable is left of the name.</exception>
    public static string SanitiseName(string name) => SanitiseName(name, nameof(name));

    private static string SanitiseName(string name, string parameter)
    {
        var builder = new StringBuilder((name ?? string.Empty).Length);
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (c == '/')
            {
                builder.Append('_');
            }
            else if (c is '\'' or '"' or '\\' or '<' or '>' or '=' or '+' or ',' or '`')
            {
                continue;
            }
            else if (char.IsControl(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        var cleaned = Whitespace().Replace(builder.ToString(), " ").Trim();
        if (cleaned.Length > MaxNameLength)
        {
            cleaned = cleaned[..MaxNameLength];
            if (char.IsHighSurrogate(cleaned[^1]))
            {
                cleaned = cleaned[..^1];
            }

            cleaned = cleaned.TrimEnd();
        }

        if (!cleaned.Any(char.IsLetterOrDigit))
        {
            throw new ArgumentException($"The org-unit name '{name}' ({parameter}) has no letter or digit once characters Google refuses are removed; correct the name in Dapodik.", parameter);
        }

        return cleaned;
    }

    [GeneratedRegex("^[A-Z0-9]{8}$")]
    private static partial Regex NpsnPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
