using Belajar.Abstractions.Accounts;

namespace Belajar.Api.Schools;

/// <summary>
/// The two <c>Lifecycle</c> settings the operator's pages show (the silo reads the same keys, validates them and acts on them).
/// </summary>
public sealed class SchoolDeadlineOptions
{
    /// <summary><c>Lifecycle:ActivationDeadline</c>: the circular's deadline.</summary>
    public DateTimeOffset ActivationDeadline { get; set; } = new(2021, 6, 30, 23, 59, 59, TimeSpan.FromHours(7));

    /// <summary><c>Lifecycle:MinimumGracePeriod</c>: an account created later than the deadline allows gets this long from its creation.</summary>
    public TimeSpan MinimumGracePeriod { get; set; } = TimeSpan.FromDays(180);
}

/// <summary>
/// When a school's accounts that are not yet activated will be deactivated, as the silo computes it
/// (<c>grains/Belajar.Grains/Lifecycle/DeadlineSchedule.cs</c>, without the spread of at most <c>Lifecycle:DeactivationWindow</c>):
/// the deadline, or an account's creation + the minimum grace period when that is later.
/// </summary>
public static class SchoolDeadline
{
    /// <summary>
    /// The earliest due time of the accounts still waiting for activation (created or distributed); with none waiting, the due
    /// time of the newest account (or the deadline when none was created).
    /// </summary>
    public static DateTimeOffset Of(IEnumerable<AccountView> accounts, SchoolDeadlineOptions options)
    {
        DateTimeOffset? earliestWaiting = null;
        DateTimeOffset? newest = null;
        foreach (var account in accounts)
        {
            if ((account.ReactivatedAt ?? account.CreatedAt) is not { } createdAt) // a reactivated account counts from its reactivation
            {
                continue;
            }

            var due = DueAt(createdAt, options);
            newest = newest is null || due > newest ? due : newest;
            if (account.Status is AccountStatus.Created or AccountStatus.Distributed)
            {
                earliestWaiting = earliestWaiting is null || due < earliestWaiting ? due : earliestWaiting;
            }
        }

        return earliestWaiting ?? newest ?? options.ActivationDeadline;
    }

    /// <summary>The deadline, or <paramref name="createdAt"/> + the grace period when that is later.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset createdAt, SchoolDeadlineOptions options)
    {
        var graceEnd = createdAt + options.MinimumGracePeriod;
        return options.ActivationDeadline < graceEnd ? graceEnd : options.ActivationDeadline;
    }

    /// <summary>Whole days left until <paramref name="deadline"/>, counted up (a part of a day counts as one); 0 once it has passed.</summary>
    public static int DaysLeft(DateTimeOffset deadline, DateTimeOffset now) =>
        deadline <= now ? 0 : (int)Math.Ceiling((deadline - now).TotalDays);
}
