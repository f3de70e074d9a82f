using System.Globalization;
using System.Text;

namespace Belajar.Grains.Admins;

/// <summary>Addresses of regional administrators: <c>{first}.{last}.{kodeWilayah}[n]@{domain}</c>, letters a–z only.</summary>
public static class AdminAddresses
{
    /// <summary>The address for attempt <paramref name="attempt"/> (1 = no number).</summary>
    public static string For(string fullName, string kodeWilayah, string domain, int attempt)
    {
        var words = Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var local = words.Length switch
        {
            0 => "admin",
            1 => words[0],
            _ => $"{words[0]}.{words[^1]}",
        };
        return $"{local}.{kodeWilayah}{(attempt > 1 ? attempt.ToString(CultureInfo.InvariantCulture) : "")}@{domain.Trim().ToLowerInvariant()}";
    }

    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '.' or ',')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
