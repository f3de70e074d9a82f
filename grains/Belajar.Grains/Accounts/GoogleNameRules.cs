using System.Text;
using Belajar.Dapodik;

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
/// (Google accepts Unicode, any script); the name is first reduced by <see cref="NameRules.Sanitize"/> (symbols, emoji,
/// control and invisible characters dropped, spaces collapsed), words without a letter or digit are dropped, and each
/// part is cut to 60 characters at a word boundary where one exists, never inside a surrogate pair. A name of only
/// titles keeps its titles rather than becoming empty.
/// </remarks>
public static class GoogleNameRules
{
    /// <summary>The most characters Google accepts in each part.</summary>
    public const int MaxLength = 60;

    /// <summary>The Google name of a person.</summary>
    /// <exception cref="ArgumentException">
    /// The name has no letter or digit left after <see cref="NameRules.Sanitize"/>; snapshot validation rejects such names
    /// (<see cref="NameRules.Problem"/>), so only a name that bypassed it gets here.
    /// </exception>
    public static GoogleName From(string dapodikName)
    {
        ArgumentNullException.ThrowIfNull(dapodikName);
        var name = NameRules.Sanitize(dapodikName);
        var words = DapodikNameParser.Words(name).Where(HasLetterOrDigit).ToList();
        if (words.Count == 0)
        {
            words = DapodikNameParser.AllWords(name).Where(HasLetterOrDigit).ToList();
        }

        if (words.Count == 0)
        {
            throw new ArgumentException($"nama {NameRules.NoLetter}.", nameof(dapodikName));
        }

        if (words.Count == 1)
        {
            var only = Cut(words[0]);
            return new GoogleName(only, only);
        }

        return new GoogleName(Cut(string.Join(' ', words.Take(words.Count - 1))), Cut(words[^1]));
    }

    private static bool HasLetterOrDigit(string word) => word.EnumerateRunes().Any(Rune.IsLetterOrDigit);

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
