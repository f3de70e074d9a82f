namespace Belajar.Directory.Emulator;

/// <summary>
/// Counts calls per minute (of the emulator's clock) against the per-project quota, and keeps the statistics: per minute for
/// the last 120 minutes, and per second for the last <see cref="SecondsKept"/> seconds (what a test needs to check a rolling
/// 60 s window).
/// </summary>
public sealed class QuotaMeter(TimeProvider timeProvider)
{
    /// <summary>How many of the latest seconds with calls <see cref="EmulatorStats.PerSecond"/> holds.</summary>
    public const int SecondsKept = 1200;

    private readonly Lock _lock = new();
    private readonly SortedDictionary<long, MinuteStats> _minutes = [];
    private readonly SortedDictionary<long, MinuteStats> _seconds = [];
    private readonly Dictionary<string, long> _byMethod = NewMethodCounts();
    private long _calls;
    private long _throttled;
    private int _queriesPerMinute;

    /// <summary>Queries per minute (0 = unlimited).</summary>
    public int QueriesPerMinute
    {
        get => Volatile.Read(ref _queriesPerMinute);
        set => Volatile.Write(ref _queriesPerMinute, Math.Max(0, value));
    }

    /// <summary>Takes up to <paramref name="count"/> calls from this minute's budget; returns how many were granted.</summary>
    public int TryTake(int count)
    {
        var second = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var minute = second / 60;
        lock (_lock)
        {
            if (!_minutes.TryGetValue(minute, out var stats))
            {
                stats = new MinuteStats();
                _minutes[minute] = stats;
                while (_minutes.Count > 120)
                {
                    _minutes.Remove(_minutes.Keys.First());
                }
            }

            var limit = QueriesPerMinute;
            var granted = limit == 0 ? count : (int)Math.Clamp(limit - stats.Calls, 0, count);
            stats.Calls += granted;
            stats.Throttled += count - granted;
            _calls += granted;
            _throttled += count - granted;
            Count(second, granted, count - granted);
            return granted;
        }
    }

    /// <summary>Counts one served call of <paramref name="method"/> (an <see cref="ApiMethods"/> name).</summary>
    internal void CountMethod(string method)
    {
        lock (_lock)
        {
            _byMethod[method] = _byMethod.GetValueOrDefault(method) + 1;
        }
    }

    /// <summary>The statistics so far.</summary>
    public EmulatorStats Snapshot(int users)
    {
        lock (_lock)
        {
            return new EmulatorStats
            {
                Calls = _calls,
                Throttled = _throttled,
                Users = users,
                QueriesPerMinute = QueriesPerMinute,
                ByMethod = new Dictionary<string, long>(_byMethod, StringComparer.Ordinal),
                PerMinute = _minutes.Select(m => new MinuteEntry
                {
                    Minute = DateTimeOffset.FromUnixTimeSeconds(m.Key * 60).ToString("yyyy-MM-ddTHH:mmZ"),
                    Calls = m.Value.Calls,
                    Throttled = m.Value.Throttled,
                }).ToList(),
                PerSecond = _seconds.Select(s => new SecondEntry
                {
                    Second = DateTimeOffset.FromUnixTimeSeconds(s.Key).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                    Calls = s.Value.Calls,
                    Throttled = s.Value.Throttled,
                }).ToList(),
            };
        }
    }

    /// <summary>Forgets every count.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _minutes.Clear();
            _seconds.Clear();
            _calls = 0;
            _throttled = 0;
            _byMethod.Clear();
            foreach (var method in ApiMethods.All)
            {
                _byMethod[method] = 0;
            }
        }
    }

    private void Count(long second, int calls, int throttled)
    {
        if (!_seconds.TryGetValue(second, out var stats))
        {
            stats = new MinuteStats();
            _seconds[second] = stats;
            while (_seconds.Count > SecondsKept)
            {
                _seconds.Remove(_seconds.Keys.First());
            }
        }

        stats.Calls += calls;
        stats.Throttled += throttled;
    }

    private static Dictionary<string, long> NewMethodCounts() => ApiMethods.All.ToDictionary(m => m, _ => 0L, StringComparer.Ordinal);

    private sealed class MinuteStats
    {
        public long Calls { get; set; }

        public long Throttled { get; set; }
    }
}
