namespace Belajar.Grains.Quota;

/// <summary>
/// Permits handed out per class over the last minute, in one-second buckets (for <c>/ops</c>). Pure logic, not thread-safe.
/// </summary>
public sealed class ClassUseWindow
{
    private const int Buckets = 60;
    private readonly int[,] _counts = new int[4, Buckets];
    private readonly long[] _second = new long[Buckets];

    /// <summary>Counts one permit of <paramref name="priority"/> at <paramref name="now"/>.</summary>
    public void Record(DirectoryPriority priority, DateTimeOffset now)
    {
        var second = now.UtcTicks / TimeSpan.TicksPerSecond;
        var at = (int)(second % Buckets);
        if (_second[at] != second)
        {
            _second[at] = second;
            for (var c = 0; c < 4; c++)
            {
                _counts[c, at] = 0;
            }
        }

        _counts[(int)priority, at]++;
    }

    /// <summary>Permits of <paramref name="priority"/> in the 60 s up to <paramref name="now"/>.</summary>
    public int LastMinute(DirectoryPriority priority, DateTimeOffset now)
    {
        var second = now.UtcTicks / TimeSpan.TicksPerSecond;
        var total = 0;
        for (var at = 0; at < Buckets; at++)
        {
            if (second - _second[at] < Buckets)
            {
                total += _counts[(int)priority, at];
            }
        }

        return total;
    }
}
