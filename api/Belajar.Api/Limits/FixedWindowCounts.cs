using System.Collections.Concurrent;

namespace Belajar.Api.Limits;

/// <summary>
/// Counts actions per key in fixed windows on a given clock: a key may act <c>limit</c> times per window, the window starting at
/// its first action; the answer to a refused action is how long until its window ends. Pure logic (the clock is passed in);
/// expired windows are dropped once the table grows, so that the memory follows the keys active in one window.
/// </summary>
public sealed class FixedWindowCounts
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes one action for <paramref name="key"/>: true when within <paramref name="limit"/>, else false with the wait.</summary>
    public bool TryTake(string key, int limit, TimeSpan window, DateTimeOffset now, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (limit <= 0 || window <= TimeSpan.Zero)
        {
            return true; // zero turns the limit off
        }

        if (_windows.Count > PruneAbove)
        {
            Prune(window, now);
        }

        while (true)
        {
            var current = _windows.GetOrAdd(key, _ => new Window(now, 0));
            var next = now >= current.Start + window ? new Window(now, 1)
                : current.Count < limit ? current with { Count = current.Count + 1 }
                : null;
            if (next is null)
            {
                retryAfter = current.Start + window - now;
                return false;
            }

            if (_windows.TryUpdate(key, next, current))
            {
                return true;
            }
        }
    }

    /// <summary>Gives back an action taken for <paramref name="key"/> that did not happen after all (another limit refused it).</summary>
    public void GiveBack(string key)
    {
        while (_windows.TryGetValue(key, out var current) && current.Count > 0)
        {
            if (_windows.TryUpdate(key, current with { Count = current.Count - 1 }, current))
            {
                return;
            }
        }
    }

    private void Prune(TimeSpan window, DateTimeOffset now)
    {
        foreach (var (key, value) in _windows)
        {
            if (now >= value.Start + window)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, value));
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
