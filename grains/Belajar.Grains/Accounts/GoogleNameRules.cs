using System.Globalization;
using System.Text;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Google's <c>name.givenName</c> and <c>name.familyName</c> from a Dapodik name.
/// </summary>
/// <remarks>
/// Most Indonesian names have no family name, but Google requires one. The rule: titles are removed (as
/// for addresses), the <b>last word</b> is the family name and the words before it the given name:
/// <c>Siti Nurhaliza</c> → (<c>Siti</c>, <c>Nurhaliza</c>); <c>I Made Wirawan</c> → (<c>I Made</c>, <c>Wirawan</c>),
/// which keeps the Balinese birth-order name with the given name; <c>Muhammad Rizki Pratama</c> →
/// (<c>Muhammad Rizki</c>, <c>Pratama</c>). A mononym (<c>Sutrisno</c>) fills both parts, so the full name shows
/// as "Sutrisno Sutrisno" in Google only where both are printed. The person's letters and case are kept
/// (Google accepts Unicode); only characters Google refuses (<c>&lt;</c>, <c>&gt;</c>, <c>=</c>, control characters)
/// are dropped, whitespace is collapsed, and each part is cut to 60 characters at a word boundary where
/// one exists. A name of only titles keeps its titles rather than becoming empty.
/// </remarks>
public static class GoogleNameRules
{
    /// <summary>The most characters Google accepts in each part.</summary>
    public const int MaxLength = 60;

    /// <summary>The Google name of a person.</summary>
    /// <exception cref="ArgumentException">The name is empty, blank, or has no letter or digit.</exception>
    public static GoogleName From(string dapodikName)
    {
        if (string.IsNullOrWhiteSpace(dapodikName))
        {
            throw new ArgumentException("The Dapodik name is empty; fill in the person's name in Dapodik.", nameof(dapodikName));
        }

        var words = DapodikNameParser.Words(dapodikName).Select(Clean).Where(w => w.Length > 0).ToList();
        if (words.Count == 0)
        {
            words = DapodikNameParser.AllWords(dapodikName).Select(Clean).Where(w => w.Length > 0).ToList();
        }

        if (words.Count == 0)
        {
            throw new ArgumentException($"The Dapodik name '{dapodikName}' has no letters; correct the person's name in Dapodik.", nameof(dapodikName));
        }

        if (words.Count == 1)
        {
            var only = Cut(words[0]);
            return new GoogleName(only, only);
        }

        return new GoogleName(Cut(string.Join(' ', words.Take(words.Count - 1))), Cut(words[^1]));
    }

    private static string Clean(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is '<' or '>' or '=' || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString();
        return cleaned.Any(char.IsLetterOrDigit) ? cleaned : string.Empty;
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text[..MaxLength];
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        var space = cut.LastIndexOf(' ');
        return (space > MaxLength / 2 ? cut[..space] : cut).TrimEnd();
    }
}
