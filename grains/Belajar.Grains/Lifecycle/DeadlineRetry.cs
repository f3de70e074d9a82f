namespace Belajar.Grains.Lifecycle;

/// <summary>
/// When an account tries its deadline check again after an attempt that could not finish (its state could not be read, the
/// Directory answered with a transient error, the silo was overloaded): doubling from <see cref="FirstDelay"/> up to
/// <see cref="MaxDelay"/>, each delay shortened by up to half by a jitter in [0, 1) so that accounts that failed together do not
/// retry together. Every delay is at most half of <see cref="DeadlineSchedule.ReminderPeriod"/>: the grain retries on its own instead
/// of waiting for the reminder's next tick. Pure logic.
/// </summary>
public static class DeadlineRetry
{
    /// <summary>The delay after the first failed attempt (before jitter).</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);

    /// <summary>The longest delay between two attempts (before jitter).</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The delay before the next attempt after <paramref name="failures"/> failed ones in a row (1 or more), for a
    /// <paramref name="jitter"/> in [0, 1): between half and all of min(<see cref="FirstDelay"/> × 2^(failures − 1), <see cref="MaxDelay"/>).
    /// </summary>
    public static TimeSpan Delay(int failures, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        if (jitter is < 0 or >= 1 || double.IsNaN(jitter))
        {
            throw new ArgumentOutOfRangeException(nameof(jitter), jitter, "The jitter is a fraction in [0, 1).");
        }

        var doublings = Math.Min(failures - 1, 16);
        var full = Math.Min(FirstDelay.Ticks << doublings, MaxDelay.Ticks);
        return TimeSpan.FromTicks(full - (long)(full / 2 * jitter));
    }
}
