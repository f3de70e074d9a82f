using System.Text;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Splits a Dapodik name into the words of the person's name, without titles.
/// </summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>The name is split into comma-separated segments; the first segment that still has a word after
/// removing titles is the name, every other segment is taken for suffix titles (<c>Budi, S.Pd., M.Pd.</c>).</item>
/// <item>Within that segment, titles are removed from the front (<c>Drs. H.</c>) and degrees from the end
/// (<c>Budi Santoso S.Pd</c>), matched with and without dots; a few short titles that are also name words
/// (<c>Ma</c>, <c>Ba</c>) are removed only when written with dots.</item>
/// <item>A title glued to the name by a dot (<c>H.Ahmad</c>, <c>Drs.Budi</c>) is removed too.</item>
/// <item>Titles are never removed from the middle of a name (<c>I Made</c>, <c>M. Rizki</c> stay).</item>
/// </list>
/// </remarks>
internal static class DapodikNameParser
{
    private static readonly char[] _whitespace = [' ', '\t', '\r', '\n', '\u00A0'];

    /// <summary>The words of the name without titles; empty if the name holds only titles.</summary>
    public static IReadOnlyList<string> Words(string dapodikName)
    {
        ArgumentNullException.ThrowIfNull(dapodikName);
        var segments = dapodikName.Normalize(NormalizationForm.FormC).Split(',', StringSplitOptions.TrimEntries);
        foreach (var segment in segments)
        {
            var words = StripTitles(segment.Split(_whitespace, StringSplitOptions.RemoveEmptyEntries));
            if (words.Count > 0)
            {
                return words;
            }
        }

        return [];
    }

    /// <summary>All words of the name, titles included (what remains when the name is only titles).</summary>
    public static IReadOnlyList<string> AllWords(string dapodikName) =>
        dapodikName.Normalize(NormalizationForm.FormC)
            .Split([.. _whitespace, ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.EnumerateRunes().Any(Rune.IsLetterOrDigit))
            .ToList();

    private static List<string> StripTitles(string[] tokens)
    {
        var words = new List<string>(tokens.Length);
        var start = 0;
        while (start < tokens.Length)
        {
            var token = tokens[start];
            if (IsTitle(token, PersonTitles.Prefix))
            {
                start++;
                continue;
            }

            var unglued = Unglue(token);
            if (unglued is null)
            {
                break;
            }

            tokens[start] = unglued;
            break;
        }

        var end = tokens.Length;
        while (end > start + 1 && (IsTitle(tokens[end - 1], PersonTitles.Suffix) || LooksLikeDegree(tokens[end - 1])))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].EnumerateRunes().Any(Rune.IsLetterOrDigit))
            {
                words.Add(tokens[i]);
            }
        }

        return words;
    }

    /// <summary><c>H.Ahmad</c> → <c>Ahmad</c>; <c>null</c> if the token does not start with a glued title.</summary>
    private static string? Unglue(string token)
    {
        var parts = token.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (skip < parts.Length - 1 && PersonTitles.Prefix.Contains(parts[skip].ToLowerInvariant()))
        {
            skip++;
        }

        return skip == 0 ? null : string.Join('.', parts[skip..]);
    }

    private static bool IsTitle(string token, HashSet<string> table)
    {
        var hasDots = token.Contains('.');
        var normal = Normalise(token);
        if (normal.Length == 0)
        {
            return hasDots;
        }

        if (table.Contains(normal))
        {
            return hasDots || !PersonTitles.NeedsDotsOrComma.Contains(normal);
        }

        // "Prof.Dr." or "S.Pd.,M.Pd" glued together: every dotted part is a title.
        var parts = token.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(p => table.Contains(Normalise(p)));
    }

    /// <summary>An unknown degree in the last position: dotted parts of 1–4 letters, first one <c>S</c>, <c>M</c>, <c>D</c> or <c>A</c> (<c>S.Tr.Keb</c>).</summary>
    private static bool LooksLikeDegree(string token)
    {
        var parts = token.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2
            && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsLetter))
            && parts[0].Length == 1
            && "SMDAsmda".Contains(parts[0][0]);
    }

    private static string Normalise(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
