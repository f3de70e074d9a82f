namespace Belajar.Grains.Quota;

/// <summary>
/// Permits handed out per class over the last minute, and the longest a caller of each class waited for one, in one-second
/// buckets (for <c>/ops</c>). Pure logic, not thread-safe.
/// </summary>
public sealed class ClassUseWindow
{
    private const int Buckets = 60;
    private readonly int[,] _counts = new int[4, Buckets];
    private readonly long[,] _longestWaitTicks = new long[4, Buckets];
    private readonly long[] _second = new long[Buckets];

    /// <summary>Counts one permit of <paramref name="priority"/> at <paramref name="now"/>, handed out after <paramref name="waited"/>.</summary>
    public void Record(DirectoryPriority priority, DateTimeOffset now, TimeSpan waited = default)
    {
        var second = now.UtcTicks / TimeSpan.TicksPerSecond;
        var at = (int)(second % Buckets);
        if (_second[at] != second)
        {
            _second[at] = second;
            for (var c = 0; c < 4; c++)
            {
                _counts[c, at] = 0;
                _longestWaitTicks[c, at] = 0;
            }
        }

        _counts[(int)priority, at]++;
        _longestWaitTicks[(int)priority, at] = Math.Max(_longestWaitTicks[(int)priority, at], waited.Ticks);
    }

    /// <summary>Permits of <paramref name="priority"/> in the 60 s up to <paramref name="now"/>.</summary>
    public int LastMinute(DirectoryPriority priority, DateTimeOffset now)
    {
        var total = 0;
        foreach (var at in Recent(now))
        {
            total += _counts[(int)priority, at];
        }

        return total;
    }

    /// <summary>The longest wait for a permit of <paramref name="priority"/> handed out in the 60 s up to <paramref name="now"/>.</summary>
    public TimeSpan LongestWait(DirectoryPriority priority, DateTimeOffset now)
    {
        var longest = 0L;
        foreach (var at in Recent(now))
        {
            longest = Math.Max(longest, _longestWaitTicks[(int)priority, at]);
        }

        return TimeSpan.FromTicks(longest);
    }

    private IEnumerable<int> Recent(DateTimeOffset now)
    {
        var second = now.UtcTicks / TimeSpan.TicksPerSecond;
        for (var at = 0; at < Buckets; at++)
        {
            if (second - _second[at] < Buckets)
            {
                yield return at;
            }
        }
    }
}
