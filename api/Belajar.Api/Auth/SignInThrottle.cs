using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// Failed sign-ins, counted per username and per client address: after N consecutive failures a key is locked out for
/// <see cref="SignInThrottleOptions.FirstLockout"/>, doubling with each further failure up to the maximum; and no key may fail
/// more than its hourly limit. A success clears the consecutive count (not the hourly one). In memory, per process.
/// </summary>
public sealed class SignInThrottle(IOptions<BelajarIdentityOptions> options, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FailureRecord> _records = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying again, or null when an attempt is allowed now.</summary>
    public TimeSpan? RetryAfter(string username, string clientAddress)
    {
        var now = time.GetUtcNow();
        var settings = options.Value.Throttle;
        lock (_gate)
        {
            var wait = Max(
                BlockedFor(AccountKey(username), settings.AccountFailuresPerHour, now),
                BlockedFor(AddressKey(clientAddress), settings.AddressFailuresPerHour, now));
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    /// <summary>Counts a failed attempt against the username and the address.</summary>
    public void RecordFailure(string username, string clientAddress)
    {
        var now = time.GetUtcNow();
        var settings = options.Value.Throttle;
        lock (_gate)
        {
            if (_records.Count > PruneAbove)
            {
                Prune(now);
            }

            Fail(AccountKey(username), settings.AccountFailuresBeforeLockout, settings, now);
            Fail(AddressKey(clientAddress), settings.AddressFailuresBeforeLockout, settings, now);
        }
    }

    /// <summary>Clears the consecutive failures of the username and the address.</summary>
    public void RecordSuccess(string username, string clientAddress)
    {
        lock (_gate)
        {
            foreach (var key in new[] { AccountKey(username), AddressKey(clientAddress) })
            {
                if (_records.TryGetValue(key, out var record))
                {
                    record.Consecutive = 0;
                    record.LockedUntil = DateTimeOffset.MinValue;
                }
            }
        }
    }

    private static string AccountKey(string username) => "u:" + username.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "a:" + address;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private TimeSpan BlockedFor(string key, int perHour, DateTimeOffset now)
    {
        if (!_records.TryGetValue(key, out var record))
        {
            return TimeSpan.Zero;
        }

        record.DropOlderThan(now - Window);
        var hourly = record.Failures.Count >= perHour ? record.Failures.Peek() + Window - now : TimeSpan.Zero;
        return Max(record.LockedUntil - now, hourly);
    }

    private void Fail(string key, int threshold, SignInThrottleOptions settings, DateTimeOffset now)
    {
        if (!_records.TryGetValue(key, out var record))
        {
            record = new FailureRecord();
            _records[key] = record;
        }

        record.DropOlderThan(now - Window);
        record.Failures.Enqueue(now);
        record.Consecutive++;
        if (record.Consecutive >= threshold)
        {
            var doublings = Math.Min(record.Consecutive - threshold, 20);
            var lockout = settings.FirstLockout * Math.Pow(2, doublings);
            record.LockedUntil = now + (lockout < settings.MaxLockout ? lockout : settings.MaxLockout);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, record) in _records.ToList())
        {
            record.DropOlderThan(now - Window);
            if (record.Failures.Count == 0 && record.LockedUntil <= now)
            {
                _records.Remove(key);
            }
        }
    }

    private sealed class FailureRecord
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public int Consecutive { get; set; }

        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;

        public void DropOlderThan(DateTimeOffset cutoff)
        {
            while (Failures.Count > 0 && Failures.Peek() <= cutoff)
            {
                Failures.Dequeue();
            }
        }
    }
}
