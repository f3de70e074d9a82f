using System.Text;

namespace Belajar.Grains.Lifecycle;

/// <summary>
/// A fraction in [0, 1) from a key, the same on every silo and every run (FNV-1a of its UTF-8 bytes; <c>string.GetHashCode</c>
/// is randomised per process), so that due times spread evenly and a re-registered reminder keeps its slot.
/// </summary>
public static class StableSpread
{
    public static double Fraction(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash / 4294967296.0;
    }

    /// <summary>An offset in [0, <paramref name="window"/>) for <paramref name="key"/>.</summary>
    public static TimeSpan Offset(string key, TimeSpan window) => TimeSpan.FromTicks((long)(window.Ticks * Fraction(key)));
}
