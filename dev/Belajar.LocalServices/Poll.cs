namespace Belajar.LocalServices;

/// <summary>Waits for a condition by polling it, failing with a message after a timeout (no fixed sleeps).</summary>
public static class Poll
{
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(200);

    /// <summary>Polls <paramref name="probe"/> until it answers a value that <paramref name="done"/> accepts; exceptions count as "not yet".</summary>
    public static Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what) =>
        UntilAsync(probe, done, timeout, () => what);

    /// <summary>As above; <paramref name="what"/> is asked only on failure (e.g. to add a process's output).</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, Func<string> what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (true)
        {
            try
            {
                var value = await probe();
                if (done(value))
                {
                    return value;
                }

                last = null;
            }
            catch (Exception ex)
            {
                last = ex;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:N0} s waiting for {what()}.", last);
            }

            await Task.Delay(_interval);
        }
    }
}
