namespace Belajar.Hosting;

/// <summary>
/// Lets the api start before the silos: the client retries connecting to a gateway for about a minute
/// (e.g. docker-compose starting everything at once) before giving up.
/// </summary>
internal sealed class GatewayRetryFilter
{
    private const int MaxAttempts = 30;
    private static readonly TimeSpan _delay = TimeSpan.FromSeconds(2);
    private int _attempts;

    public async Task<bool> ShouldRetryAsync(Exception exception, CancellationToken ct)
    {
        if (++_attempts > MaxAttempts)
        {
            return false;
        }

        await Task.Delay(_delay, ct);
        return true;
    }
}
