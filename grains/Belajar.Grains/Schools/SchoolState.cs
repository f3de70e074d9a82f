using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;

namespace Belajar.Grains.Schools;

/// <summary>The stored state of one school. Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.SchoolState")]
public sealed class SchoolState
{
    [Id(0)] public SchoolInfo? Info { get; set; }
    /// <summary>The school's accounts (its current roster), by account key, as their grains last reported them.</summary>
    [Id(1)] public Dictionary<string, AccountRecord> Accounts { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The run whose roster is being provisioned, until it has been told the result.</summary>
    [Id(2)] public string? RunId { get; set; }
    [Id(3)] public List<AccountSpec> Pending { get; set; } = [];
    [Id(4)] public List<string> Gone { get; set; } = [];
    [Id(5)] public DateTimeOffset? LastSyncAt { get; set; }
    /// <summary>The result waiting to reach the run (kept until the run has it).</summary>
    [Id(6)] public SchoolResult? UnreportedResult { get; set; }
    /// <summary>The sync period the school's reminder was registered with; null while it has none.</summary>
    [Id(7)] public TimeSpan? SyncReminderPeriod { get; set; }
    /// <summary>
    /// Set only in schools stored when a school held one <c>deadline</c> reminder for its accounts: while set, the school hands
    /// the deadlines to its accounts and removes that reminder (<c>SchoolGrain.Deadline.cs</c>); null otherwise.
    /// </summary>
    [Id(8)] public DateTimeOffset? DeadlineReminderDueAt { get; set; }
    /// <summary>The failed attempts of pending accounts in the current run, by account key (cleared when an account ends).</summary>
    [Id(9)] public Dictionary<string, AccountAttempts> Attempts { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The accounts the current pass reports on when it is a retry of failed accounts; null: the whole roster.</summary>
    [Id(10)] public List<string>? PassKeys { get; set; }
    /// <summary>
    /// The <c>Lifecycle:SyncPeriod</c> the school's sync reminder was first registered under (its period then adapts,
    /// <c>SyncCadence</c>); null in schools stored before it was kept: <see cref="SyncReminderPeriod"/> was that setting.
    /// </summary>
    [Id(11)] public TimeSpan? SyncShortestPeriod { get; set; }
}
