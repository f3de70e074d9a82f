using System.Globalization;
using System.Text;

namespace Belajar.Dapodik;

/// <summary>
/// The one place that decides which characters of a person's name (<c>nama</c>) reach Google and whether a name is usable at
/// all. Snapshot validation rejects an unusable name (<see cref="Problem"/>); the account rules (Google's given and family name,
/// the address) start from <see cref="Sanitize"/>, so a name that passed validation always yields a Google name and an address.
/// </summary>
/// <remarks>
/// Decisions, per kind of hand-typed name found in Dapodik:
/// <list type="bullet">
/// <item>Only punctuation, digits, symbols, emoji or invisible characters (<c>"..."</c>, <c>"-"</c>, <c>"123"</c>, <c>"😀"</c>): rejected,
/// <c>nama: tidak memuat huruf</c> (in Bahasa Indonesia, like every message of this change that Pusdatin reads). There is nothing to call the person by; the school corrects the name in Dapodik.</item>
/// <item>Emoji and other symbols, control characters, zero-width and other format characters, variation selectors, private-use
/// and unassigned code points inside a name with letters: dropped. Every kind of space becomes one space.</item>
/// <item>Only titles (<c>Drs. H.</c>), a single letter (<c>A</c>), letters of any script (Han, Arabic, Javanese): accepted. The
/// Google name keeps the person's own letters; the address falls back to <c>pengguna</c> plus digits when no Latin letter is left.</item>
/// <item>Very long names (200 characters): accepted; each Google name part is cut to 60 characters and the address base to 30.</item>
/// </list>
/// </remarks>
public static class NameRules
{
    /// <summary>The reason a name with no letter is rejected (the column is <c>nama</c>).</summary>
    public const string NoLetter = "tidak memuat huruf (hanya tanda baca, angka, simbol, emoji atau karakter tak terlihat): tulis nama orang ini dengan benar di Dapodik";

    /// <summary>Null when the name has at least one letter, of any script; otherwise <see cref="NoLetter"/>.</summary>
    public static string? Problem(ReadOnlySpan<char> nama)
    {
        while (!nama.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(nama, out var rune, out var used) == System.Buffers.OperationStatus.Done && Rune.IsLetter(rune))
            {
                return null;
            }

            nama = nama[used..];
        }

        return NoLetter;
    }

    /// <summary>
    /// The name with only the characters a name may hold: letters, marks, digits, punctuation, and single spaces between words
    /// (trimmed). Never throws: broken UTF-16 (a lone surrogate) is dropped too.
    /// </summary>
    public static string Sanitize(string nama)
    {
        ArgumentNullException.ThrowIfNull(nama);
        var builder = new StringBuilder(nama.Length);
        var span = nama.AsSpan();
        var pendingSpace = false;
        Span<char> encoded = stackalloc char[2];
        while (!span.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(span, out var rune, out var used);
            span = span[used..];
            if (status != System.Buffers.OperationStatus.Done)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (!Keeps(rune))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(encoded[..rune.EncodeToUtf16(encoded)]);
        }

        return builder.ToString();
    }

    private static bool Keeps(Rune rune)
    {
        if (rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF)
        {
            return false; // variation selectors (the "emoji style" of the character before)
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => false,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => false,
            UnicodeCategory.EnclosingMark => false,
            _ => true,
        };
    }
}
