using System.Globalization;
using System.Text;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Folds a name word to the lower-case ASCII letters an address may hold: diacritics removed
/// (<c>é</c> → <c>e</c>, <c>Ṣ</c> → <c>s</c>, <c>Nguyễn</c> → <c>nguyen</c>), a few letters that do not decompose
/// spelled out (<c>Đ</c> → <c>d</c>, <c>ß</c> → <c>ss</c>, <c>Æ</c> → <c>ae</c>), and everything else
/// (apostrophes, hyphens, digits, non-Latin scripts) dropped.
/// </summary>
internal static class LatinFolding
{
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + ('a' - 'A')));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(Special(c));
            }
        }

        return builder.ToString();
    }

    private static string Special(char c) => c switch
    {
        'Đ' or 'đ' or 'Ð' or 'ð' => "d",
        'Ø' or 'ø' => "o",
        'Ł' or 'ł' => "l",
        'ß' => "ss",
        'Æ' or 'æ' => "ae",
        'Œ' or 'œ' => "oe",
        'Þ' or 'þ' => "th",
        'ı' => "i",
        'Ħ' or 'ħ' => "h",
        _ => string.Empty,
    };
}
