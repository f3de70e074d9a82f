using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Stats;

/// <summary>
/// Section <c>Schools</c>: how often a school's sync may be asked for on demand (<c>POST /api/v1/schools/{npsn}/sync</c>).
/// </summary>
public sealed class SyncThrottleOptions
{
    /// <summary>The least time between two accepted syncs of one school (default 1 minute; zero turns the limit off).</summary>
    public TimeSpan SyncMinimumInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Refuses a school's sync asked for again within <see cref="SyncThrottleOptions.SyncMinimumInterval"/> of the last accepted one,
/// whoever asks, so that a button pressed in a loop (or a script) cannot keep a school's grain and the Google quota busy. Kept
/// in this api process's memory on the injected clock: with several api replicas each one limits on its own.
/// </summary>
public sealed class SyncThrottle(IOptions<SyncThrottleOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accepted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured minimum interval.</summary>
    public TimeSpan MinimumInterval => options.Value.SyncMinimumInterval;

    /// <summary>How long until <paramref name="npsn"/> may sync again; zero when it may now.</summary>
    public TimeSpan WaitFor(string npsn)
    {
        if (MinimumInterval <= TimeSpan.Zero || !_accepted.TryGetValue(npsn, out var last))
        {
            return TimeSpan.Zero;
        }

        var wait = last + MinimumInterval - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Takes the school's turn: true (and the time noted) when it may sync now, else false with the wait.</summary>
    public bool TryAcquire(string npsn, out TimeSpan retryAfter)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            if (MinimumInterval <= TimeSpan.Zero)
            {
                retryAfter = TimeSpan.Zero;
                return true;
            }

            if (!_accepted.TryGetValue(npsn, out var last))
            {
                if (_accepted.TryAdd(npsn, now))
                {
                    retryAfter = TimeSpan.Zero;
                    return true;
                }

                continue;
            }

            var wait = last + MinimumInterval - now;
            if (wait > TimeSpan.Zero)
            {
                retryAfter = wait;
                return false;
            }

            if (_accepted.TryUpdate(npsn, now, last))
            {
                retryAfter = TimeSpan.Zero;
                return true;
            }
        }
    }
}
