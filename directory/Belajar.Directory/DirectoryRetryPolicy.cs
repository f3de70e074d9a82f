namespace Belajar.Directory;

/// <summary>
/// Exponential back-off with jitter for retryable Directory failures; a server's <c>Retry-After</c> is honoured.
/// Delays go through the injected <see cref="TimeProvider"/>, so tests never sleep.
/// </summary>
public sealed class DirectoryRetryPolicy
{
    private readonly DirectoryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;

    /// <summary>Creates the policy.</summary>
    public DirectoryRetryPolicy(DirectoryOptions options, TimeProvider timeProvider, Random? random = null)
    {
        _options = options;
        _timeProvider = timeProvider;
        _random = random ?? Random.Shared;
    }

    /// <summary>Retries allowed after the first attempt.</summary>
    public int MaxRetries => _options.MaxRetries;

    /// <summary>The wait before retry number <paramref name="attempt"/> (0-based) after <paramref name="error"/>.</summary>
    public TimeSpan DelayFor(int attempt, DirectoryException error)
    {
        if (error.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero)
        {
            return retryAfter;
        }

        var ticks = Math.Min(_options.InitialBackoff.Ticks * Math.Pow(2, Math.Min(attempt, 30)), _options.MaxBackoff.Ticks);
        return TimeSpan.FromTicks((long)(ticks / 2 + ticks / 2 * _random.NextDouble()));
    }

    /// <summary>Waits <paramref name="delay"/> on the policy's clock.</summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, _timeProvider, ct);

    /// <summary>
    /// Runs <paramref name="call"/>, retrying retryable failures (and those <paramref name="alsoRetry"/> accepts) up to
    /// <see cref="MaxRetries"/> times; other failures, and the last one, are thrown.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> call,
        Func<DirectoryException, bool>? alsoRetry,
        Action<int, DirectoryException, TimeSpan>? onRetry,
        CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call(ct).ConfigureAwait(false);
            }
            catch (DirectoryException ex) when (attempt < MaxRetries && (ex.IsRetryable || alsoRetry?.Invoke(ex) == true))
            {
                var delay = DelayFor(attempt, ex);
                onRetry?.Invoke(attempt + 1, ex, delay);
                await DelayAsync(delay, ct).ConfigureAwait(false);
            }
        }
    }
}
