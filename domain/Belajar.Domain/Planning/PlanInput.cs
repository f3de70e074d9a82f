namespace Belajar.Domain.Planning;

/// <summary>
/// What <see cref="NationalPlanner"/> plans from: the accounts and schools of a snapshot, the Directory quota and the costs per
/// account (see <see cref="NationalPlanner"/> for where each default comes from).
/// </summary>
public sealed record PlanInput
{
    /// <summary>Eligible accounts to provision.</summary>
    public required long Accounts { get; init; }

    /// <summary>Schools holding them (each is synced on its own).</summary>
    public required long Schools { get; init; }

    /// <summary>Directory queries per minute of the Google project (<c>Directory:QueriesPerMinute</c>).</summary>
    public required int QueriesPerMinute { get; init; }

    /// <summary>How often each school lists its users (<c>Lifecycle:SyncPeriod</c>). Default 6 h.</summary>
    public TimeSpan SyncPeriod { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Users per list page, one query each (<c>Directory:PageSize</c>). Default 500.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>Share of the accounts never signed in by the deadline, checked and suspended then. Default 0.4.</summary>
    public double NeverUsedShare { get; init; } = 0.4;

    /// <summary>Queries per never-used account at the deadline: <c>users.get</c>, then <c>users.patch</c>. Default 2.</summary>
    public int DeadlineCallsPerAccount { get; init; } = 2;

    /// <summary>Guaranteed share of provisioning (<c>Directory:Shares:Bulk</c>, as a fraction). Default 0.45.</summary>
    public double BulkShare { get; init; } = 0.45;

    /// <summary>Guaranteed share of the deadline sweep (<c>Directory:Shares:Deadline</c>, as a fraction). Default 0.20.</summary>
    public double DeadlineShare { get; init; } = 0.20;

    /// <summary>When the national run starts.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The deadline (<c>Lifecycle:Deadline</c>); the sweep starts then.</summary>
    public required DateTimeOffset Deadline { get; init; }
}
