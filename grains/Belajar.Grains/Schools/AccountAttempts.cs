namespace Belajar.Grains.Schools;

/// <summary>The failed attempts of one pending account in the current run. Stored: never renumber.</summary>
/// <param name="Count">Attempts that failed so far.</param>
/// <param name="NextAt">Not tried again before this time.</param>
/// <param name="LastError">A short description of the last failure (no personal data): <c>Google 503 backendError</c>.</param>
[GenerateSerializer, Immutable, Alias("belajar.AccountAttempts")]
public sealed record AccountAttempts(
    [property: Id(0)] int Count,
    [property: Id(1)] DateTimeOffset NextAt,
    [property: Id(2)] string LastError);

/// <summary>
/// When a pending account is tried again, and when its school gives up on it. Guarantee: an account whose failures never
/// clear is tried exactly <see cref="ProvisioningOptions.MaxAttempts"/> times, the waits between attempts grow exponentially
/// from <see cref="ProvisioningOptions.RetryBackoff"/> to at most <see cref="ProvisioningOptions.MaxRetryBackoff"/>, each
/// drawn between half and all of that value (jitter, so that the accounts of a failed batch do not come back together),
/// so the time an account can hold its school is bounded.
/// </summary>
public sealed class AttemptSchedule(ProvisioningOptions options, Random random)
{
    /// <summary>Whether an account with these failed attempts (none: null) may be tried at <paramref name="now"/>.</summary>
    public static bool IsDue(AccountAttempts? attempts, DateTimeOffset now) => attempts is null || attempts.NextAt <= now;

    /// <summary>The attempts after one more failure at <paramref name="now"/>.</summary>
    public AccountAttempts AfterFailure(AccountAttempts? previous, string error, DateTimeOffset now)
    {
        var count = (previous?.Count ?? 0) + 1;
        return new AccountAttempts(count, now + Backoff(count), error);
    }

    /// <summary>Whether these attempts are all an account gets.</summary>
    public bool IsSpent(AccountAttempts attempts) => attempts.Count >= options.MaxAttempts;

    /// <summary>The wait after failed attempt number <paramref name="count"/> (1-based).</summary>
    public TimeSpan Backoff(int count)
    {
        var ceiling = Math.Min(options.RetryBackoff.Ticks * Math.Pow(2, Math.Min(count - 1, 30)), options.MaxRetryBackoff.Ticks);
        return TimeSpan.FromTicks((long)(ceiling / 2 * (1 + random.NextDouble())));
    }
}
