namespace Belajar.Grains.Quota;

/// <summary>
/// The class of a Directory call: each class has a guaranteed share of the quota (<see cref="QuotaSharesOptions"/>), and
/// <see cref="PriorityPermitQueue"/> divides permits among the classes that wait by those shares; ties go to Interactive, then Sync, Deadline,
/// Bulk (<see cref="ShareScheduler"/>). The values are not stored.
/// </summary>
public enum DirectoryPriority
{
    /// <summary>Bulk provisioning of a national run (<c>users.insert</c>, moves).</summary>
    Bulk = 0,

    /// <summary>Periodic synchronisation (activation status of a school's accounts).</summary>
    Sync = 1,

    /// <summary>A person waiting on a screen, e.g. an operator resetting a password.</summary>
    Interactive = 2,

    /// <summary>The deadline sweep: checking and suspending never-used accounts after <c>Lifecycle:ActivationDeadline</c>, and suspending leavers.</summary>
    Deadline = 3,
}
