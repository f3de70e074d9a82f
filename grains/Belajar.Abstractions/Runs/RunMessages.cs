using Belajar.Domain;

namespace Belajar.Abstractions.Runs;

/// <summary>Asks for a run over a snapshot folder; a dry run writes nothing to Google or to account state.</summary>
[GenerateSerializer, Immutable, Alias("belajar.RunRequest")]
public sealed record RunRequest(
    [property: Id(0)] string SnapshotPath,
    [property: Id(1)] bool DryRun,
    [property: Id(2)] string? StartedBy = null);

/// <summary>Where a run is. Stored: never renumber.</summary>
[GenerateSerializer, Alias("belajar.RunState")]
public enum RunState
{
    Running = 0,
    Paused = 1,
    Completed = 2,
    Failed = 3,

    /// <summary>The run would take more accounts off their school than <c>Runs:MassChange</c> allows; nothing changed yet.</summary>
    AwaitingApproval = 4,

    /// <summary>Cancelled while awaiting approval: nothing changed.</summary>
    Cancelled = 5,
}

/// <summary>A run's progress, as <c>GET /api/v1/runs/{runId}</c> shows it.</summary>
/// <param name="AccountsSkipped">Accounts of the snapshot that were not created again (deactivated at the deadline).</param>
/// <param name="StalledSince">
/// Set while the run has not moved for <c>Provisioning:StallTimeout</c> with quota available: since when nothing moved.
/// </param>
/// <param name="WaitingOn">While stalled: the schools and accounts the run waits on, with their attempts and last error.</param>
/// <param name="MassChanges">
/// The provinces whose accounts the run takes off their school (leavers, gone, movers), counted before it changes anything.
/// </param>
/// <param name="StartedBy">The Pusdatin user who started the run.</param>
/// <param name="ApprovedBy">The Pusdatin user who approved the run's mass changes.</param>
[GenerateSerializer, Immutable, Alias("belajar.RunStatus")]
public sealed record RunStatus(
    [property: Id(0)] string RunId,
    [property: Id(1)] RunState State,
    [property: Id(2)] bool DryRun,
    [property: Id(3)] int SchoolsTotal,
    [property: Id(4)] int SchoolsDone,
    [property: Id(5)] long AccountsEligible,
    [property: Id(6)] long AccountsCreated,
    [property: Id(7)] long AccountsFailed,
    [property: Id(8)] long RowsRejected,
    [property: Id(9)] double AccountsPerSecond,
    [property: Id(10)] string SnapshotPath,
    [property: Id(11)] DateTimeOffset StartedAt,
    [property: Id(12)] DateTimeOffset? CompletedAt,
    [property: Id(13)] string? FailureReason,
    [property: Id(14)] long AccountsSkipped = 0,
    [property: Id(15)] DateTimeOffset? StalledSince = null,
    [property: Id(16)] IReadOnlyList<string>? WaitingOn = null,
    [property: Id(17)] IReadOnlyList<RegionChange>? MassChanges = null,
    [property: Id(18)] string? StartedBy = null,
    [property: Id(19)] string? ApprovedBy = null);

/// <summary>
/// One province's share of a run's changes: the accounts its schools hold, how many of them the snapshot takes off their school,
/// and whether that exceeds <c>Runs:MassChange:MaxShare</c> or <c>Runs:MassChange:MaxAccounts</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("belajar.RegionChange")]
public sealed record RegionChange(
    [property: Id(0)] string Provinsi,
    [property: Id(1)] long Accounts,
    [property: Id(2)] long Leaving,
    [property: Id(3)] bool OverLimit);

/// <summary>One rejected row of the snapshot: <c>file:line: column: reason</c>.</summary>
[GenerateSerializer, Immutable, Alias("belajar.RejectedRowView")]
public sealed record RejectedRowView(
    [property: Id(0)] string File,
    [property: Id(1)] long Line,
    [property: Id(2)] string Column,
    [property: Id(3)] string Reason);

/// <summary>A count of accounts for one province, role and jenjang (dry runs), with a few sample addresses.</summary>
[GenerateSerializer, Immutable, Alias("belajar.RunCount")]
public sealed record RunCount(
    [property: Id(0)] string Provinsi,
    [property: Id(1)] string Role,
    [property: Id(2)] string Jenjang,
    [property: Id(3)] long Accounts,
    [property: Id(4)] IReadOnlyList<string> SampleAddresses);

/// <summary>A run's report: rejected rows, not-eligible counts by reason, dry-run counts, persons gone from Dapodik.</summary>
[GenerateSerializer, Immutable, Alias("belajar.RunReport")]
public sealed record RunReport(
    [property: Id(0)] string RunId,
    [property: Id(1)] long RowsRejected,
    [property: Id(2)] IReadOnlyList<RejectedRowView> RejectedRows,
    [property: Id(3)] IReadOnlyDictionary<string, long> RejectedByReason,
    [property: Id(4)] IReadOnlyDictionary<string, long> NotEligibleByReason,
    [property: Id(5)] IReadOnlyList<RunCount> Counts,
    [property: Id(6)] IReadOnlyList<string> Gone,
    [property: Id(7)] IReadOnlyList<string> FailureReasons,
    [property: Id(8)] IReadOnlyList<FailureGroup>? Failures = null);

/// <summary>Failed accounts of a run with one failure code: how many, and the first of them.</summary>
[GenerateSerializer, Immutable, Alias("belajar.FailureGroup")]
public sealed record FailureGroup(
    [property: Id(0)] string Code,
    [property: Id(1)] long Count,
    [property: Id(2)] IReadOnlyList<Schools.AccountFailureView> Examples);
