namespace Belajar.Domain.Planning;

/// <summary>
/// What <see cref="NationalPlanner"/> plans from: the accounts and schools of a snapshot, the Directory quota, the settings that
/// decide what the syncs and the deadline cost, and the planning assumptions about people (see <see cref="NationalPlanner"/>).
/// The defaults are the settings' defaults (the hosts that know the options pass them in; a test holds the two equal).
/// </summary>
public sealed record PlanInput
{
    /// <summary>Eligible accounts to provision.</summary>
    public required long Accounts { get; init; }

    /// <summary>Schools holding them (each is synced on its own).</summary>
    public required long Schools { get; init; }

    /// <summary>Directory queries per minute of the Google project (<c>Directory:QueriesPerMinute</c>).</summary>
    public required int QueriesPerMinute { get; init; }

    /// <summary>The shortest sync period, kept while people sign in (<c>Lifecycle:SyncPeriod</c>). Default 6 h.</summary>
    public TimeSpan SyncPeriod { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The longest a quiet school's period stretches (<c>Lifecycle:SyncMaxPeriod</c>). Default 14 days.</summary>
    public TimeSpan SyncMaxPeriod { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Users per list page, one query each (<c>Directory:PageSize</c>). Default 500.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>
    /// Sign-ins found from the Reports API's login activities (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>) instead of
    /// each school's listing (<c>Listing</c>, the default).
    /// </summary>
    public bool SignInsFromActivities { get; init; }

    /// <summary>How often the login activities are read with <see cref="SignInsFromActivities"/> (<c>Lifecycle:SignInDiscoveryPeriod</c>). Default 1 h.</summary>
    public TimeSpan SignInDiscoveryPeriod { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Each school with a pending account syncs once just after the deadline (<c>Lifecycle:SyncAfterDeadline</c>). Default on.</summary>
    public bool SyncAfterDeadline { get; init; } = true;

    /// <summary>How long after the deadline that sync comes (<c>Lifecycle:DeadlineSyncDelay</c>). Default 1 minute.</summary>
    public TimeSpan DeadlineSyncDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How far after the deadline the checks start (<c>Lifecycle:DeactivationWindow</c>). Default 30 minutes.</summary>
    public TimeSpan DeactivationWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How old a sync's read may be for a check to reuse it (<c>Lifecycle:DeadlineStatusMaxAge</c>; 0: never). Default 1 h.</summary>
    public TimeSpan DeadlineStatusMaxAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Planning assumption: how long a school's people keep signing in often enough that its sync period stays at
    /// <see cref="SyncPeriod"/>. Default 12 days: with it the plan lists as often as the programme benchmark's schools did
    /// (docs/benchmarks.md, <c>programme</c>: three in four of those who sign in do so within weeks, mean 10 days).
    /// </summary>
    public TimeSpan SignInPhase { get; init; } = TimeSpan.FromDays(12);

    /// <summary>Planning assumption: share of the accounts never signed in by the deadline, suspended then. Default 0.4.</summary>
    public double NeverUsedShare { get; init; } = 0.4;

    /// <summary>Guaranteed share of provisioning (<c>Directory:Shares:Bulk</c>, as a fraction). Default 0.45.</summary>
    public double BulkShare { get; init; } = 0.45;

    /// <summary>When the national run starts.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The deadline (<c>Lifecycle:ActivationDeadline</c>); the sweep starts then.</summary>
    public required DateTimeOffset Deadline { get; init; }
}
