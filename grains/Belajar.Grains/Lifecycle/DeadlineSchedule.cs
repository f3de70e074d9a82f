namespace Belajar.Grains.Lifecycle;

/// <summary>When an account's deadline check is due, and how long a reminder may wait (Orleans caps due times at ~49.7 days).</summary>
public static class DeadlineSchedule
{
    /// <summary>The longest due time handed to Orleans; a check due later fires early, finds it is not due and re-registers.</summary>
    public static readonly TimeSpan MaxReminderDueTime = TimeSpan.FromDays(45);

    /// <summary>
    /// The reminder's period (the check removes the reminder; ≥ Orleans' minimum of one minute). Orleans skips a tick that passed
    /// while no silo held the reminder (a silo restarting in the deadline hour) and fires at the next multiple of the period after
    /// the start, so the period bounds how late such a check runs. A tick dropped on its way (thousands of accounts falling due at
    /// one instant on one silo: Orleans drops a call that waited longer than its response timeout) still activated its account,
    /// which then starts its due check on its own (<see cref="ActivationCheckDelay"/>). Each period fires every pending reminder
    /// again, so a short period floods the silo's reminder service in a burst: 15 minutes.
    /// </summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long after its activation an account looks at whether its deadline check is due (plus a random part of as much again,
    /// so that a burst of activations does not read its states at once).
    /// </summary>
    public static readonly TimeSpan ActivationCheckDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The deadline, or <paramref name="createdAt"/> + the minimum grace period when less than that remained at creation;
    /// plus a stable offset within the deactivation window from <paramref name="spreadKey"/>. Accounts pass their own key: each
    /// account's own reminder fires at its own slot, so the checks spread evenly over the window (docs/lifecycle.md).
    /// </summary>
    public static DateTimeOffset DueAt(DateTimeOffset createdAt, string spreadKey, LifecycleOptions options) =>
        DeadlineOf(createdAt, options) + StableSpread.Offset(spreadKey, options.DeactivationWindow);

    /// <summary>
    /// The account's own deadline, before the spread: the deadline, or <paramref name="createdAt"/> + the minimum grace period when
    /// less than that remained at creation. An account not used by then is suspended.
    /// </summary>
    public static DateTimeOffset DeadlineOf(DateTimeOffset createdAt, LifecycleOptions options)
    {
        var graceEnd = createdAt + options.MinimumGracePeriod;
        return options.ActivationDeadline < graceEnd ? graceEnd : options.ActivationDeadline;
    }

    /// <summary>The due time to register now: what remains (at least one second), at most <see cref="MaxReminderDueTime"/>.</summary>
    public static TimeSpan ReminderDueTime(DateTimeOffset dueAt, DateTimeOffset now)
    {
        var remaining = dueAt - now;
        if (remaining < TimeSpan.FromSeconds(1))
        {
            return TimeSpan.FromSeconds(1);
        }

        return remaining > MaxReminderDueTime ? MaxReminderDueTime : remaining;
    }
}
