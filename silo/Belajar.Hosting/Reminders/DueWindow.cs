using Orleans.Hosting;

namespace Belajar.Hosting.Reminders;

/// <summary>
/// How far ahead a range read of the reminder table must look: the reminder service loads a row when its next tick is within
/// <see cref="ReminderOptions.ReminderLoadingWindow"/> of a refresh, and refreshes every
/// <see cref="ReminderOptions.RefreshReminderListPeriod"/>; the horizon covers both plus <see cref="Margin"/> (a refresh that
/// runs late, a slow read), on the silo's clock, the one the reminder service fires by.
/// </summary>
public sealed class DueWindow(ReminderOptions options, TimeProvider time)
{
    /// <summary>Slack beyond one refresh period.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    /// <summary>How far past now the read looks.</summary>
    public TimeSpan Ahead => options.ReminderLoadingWindow + options.RefreshReminderListPeriod + Margin;

    /// <summary>The latest start time a read returns now (UTC).</summary>
    public DateTime Horizon() => time.GetUtcNow().UtcDateTime + Ahead;
}
