using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Stats;

/// <summary>
/// Section <c>Schools</c>: how often a school's sync may be asked for on demand (<c>POST /api/v1/schools/{npsn}/sync</c>).
/// </summary>
public sealed class SyncThrottleOptions
{
    /// <summary>The least time between two syncs of one school (default 1 minute; zero turns the limit off), cluster-wide.</summary>
    public TimeSpan SyncMinimumInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// The minimum interval of a school's on-demand syncs and this api process's memory of the answers: the school's grain decides
/// (cluster-wide, <c>ISchoolGrain.RequestSyncAsync</c>), and each answer is remembered here so that the school's summary can say
/// when the next sync may be asked for without asking the grain.
/// </summary>
public sealed class SyncThrottle(IOptions<SyncThrottleOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured minimum interval.</summary>
    public TimeSpan MinimumInterval => options.Value.SyncMinimumInterval;

    /// <summary>How long until <paramref name="npsn"/> may sync again as far as this process knows; zero when it may now.</summary>
    public TimeSpan WaitFor(string npsn)
    {
        if (MinimumInterval <= TimeSpan.Zero || !_nextAllowed.TryGetValue(npsn, out var next))
        {
            return TimeSpan.Zero;
        }

        var wait = next - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Remembers the grain's answer: zero (a sync started now, so the next one after the interval) or the wait it gave.</summary>
    public void Remember(string npsn, TimeSpan wait)
    {
        if (MinimumInterval > TimeSpan.Zero)
        {
            _nextAllowed[npsn] = time.GetUtcNow() + (wait > TimeSpan.Zero ? wait : MinimumInterval);
        }
    }
}
