using Belajar.Abstractions.SignIn;

namespace Belajar.Grains.SignIn;

/// <summary>
/// The failed sign-ins of one budget (a username or a client address), per bucket: the shared bucket (<c>null</c>, every
/// unknown device) and one bucket per known device, each judged on its own failures only. An attempt is counted when it is
/// admitted, before its password is checked; <see cref="Succeed"/> takes it back. A bucket refuses while it is locked out
/// (after <see cref="SignInLimits.FailuresBeforeLockout"/> consecutive failures, <see cref="SignInLimits.FirstLockout"/>,
/// doubling with each further failure up to <see cref="SignInLimits.MaxLockout"/>) or when it has counted
/// <see cref="SignInLimits.FailuresPerHour"/> failures in the last hour. Pure: the caller passes the time.
/// </summary>
public sealed class SignInLedger
{
    /// <summary>The window of the hourly limit.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Known devices remembered per budget; the least recently used is forgotten beyond it.</summary>
    public const int MaxDevices = 32;

    private const string Shared = "";
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Admits (and counts) an attempt of <paramref name="device"/>, or says how long it must wait.</summary>
    public SignInAdmission Admit(string? device, SignInLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var bucket = BucketOf(device, now);
        bucket.DropOlderThan(now - Window);
        var hourly = bucket.Failures.Count >= limits.FailuresPerHour ? bucket.Failures[0] + Window - now : TimeSpan.Zero;
        var wait = Max(bucket.LockedUntil - now, hourly);
        if (wait > TimeSpan.Zero)
        {
            return new SignInAdmission(false, wait);
        }

        bucket.Failures.Add(now);
        bucket.Consecutive++;
        if (bucket.Consecutive >= limits.FailuresBeforeLockout)
        {
            var doublings = Math.Min(bucket.Consecutive - limits.FailuresBeforeLockout, 20);
            var lockout = limits.FirstLockout * Math.Pow(2, doublings);
            bucket.LockedUntil = now + (lockout < limits.MaxLockout ? lockout : limits.MaxLockout);
        }

        return new SignInAdmission(true, TimeSpan.Zero);
    }

    /// <summary>An admitted attempt of <paramref name="device"/> was right: its failure is taken back, the lockout cleared.</summary>
    public void Succeed(string? device, DateTimeOffset now)
    {
        var bucket = BucketOf(device, now);
        if (bucket.Failures.Count > 0)
        {
            bucket.Failures.RemoveAt(bucket.Failures.Count - 1);
        }

        bucket.Consecutive = 0;
        bucket.LockedUntil = DateTimeOffset.MinValue;
    }

    /// <summary>An admitted attempt of <paramref name="device"/> was not checked: it no longer counts; a lockout stays.</summary>
    public void Release(string? device, DateTimeOffset now)
    {
        var bucket = BucketOf(device, now);
        if (bucket.Failures.Count > 0)
        {
            bucket.Failures.RemoveAt(bucket.Failures.Count - 1);
            bucket.Consecutive = Math.Max(0, bucket.Consecutive - 1);
        }
    }

    /// <summary>How long the ledger still has something to remember (the caller keeps it that long); zero when nothing.</summary>
    public TimeSpan RememberFor(DateTimeOffset now)
    {
        var until = DateTimeOffset.MinValue;
        foreach (var bucket in _buckets.Values)
        {
            bucket.DropOlderThan(now - Window);
            var last = bucket.Failures.Count > 0 ? bucket.Failures[^1] + Window : DateTimeOffset.MinValue;
            until = Max(until, Max(last, bucket.LockedUntil));
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private Bucket BucketOf(string? device, DateTimeOffset now)
    {
        var key = device ?? Shared;
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            if (key != Shared && _buckets.Count > MaxDevices)
            {
                var oldest = _buckets.Where(b => b.Key != Shared).MinBy(b => b.Value.LastUsed).Key;
                _buckets.Remove(oldest);
            }

            bucket = new Bucket();
            _buckets[key] = bucket;
        }

        bucket.LastUsed = now;
        return bucket;
    }

    private sealed class Bucket
    {
        /// <summary>The failures of the last hour, oldest first.</summary>
        public List<DateTimeOffset> Failures { get; } = [];

        public int Consecutive { get; set; }

        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastUsed { get; set; }

        public void DropOlderThan(DateTimeOffset cutoff)
        {
            var old = 0;
            while (old < Failures.Count && Failures[old] <= cutoff)
            {
                old++;
            }

            Failures.RemoveRange(0, old);
        }
    }
}
