using Belajar.Abstractions.Accounts;

namespace Belajar.Abstractions.Schools;

/// <summary>A school's roster from one run: every eligible account of the school.</summary>
[GenerateSerializer, Immutable, Alias("belajar.SchoolProvisioning")]
public sealed record SchoolProvisioning(
    [property: Id(0)] string RunId,
    [property: Id(1)] SchoolInfo School,
    [property: Id(2)] IReadOnlyList<AccountSpec> Accounts);

/// <summary>
/// What a school reports to its run when every account of its roster (or of a retry) has ended: <c>Created</c> (it exists in
/// Google: created, distributed or activated), <c>Failed</c>, or <c>Skipped</c> (deactivated at the deadline: not created again), so
/// that <c>Created + Failed + Skipped = Eligible</c>.
/// </summary>
/// <param name="Gone">Accounts of the previous roster that are missing from this one (left Dapodik or no longer eligible).</param>
/// <param name="FailedByCode">Failed accounts by failure code.</param>
/// <param name="FailureExamples">The first failed accounts of each code (a few per school).</param>
[GenerateSerializer, Immutable, Alias("belajar.SchoolResult")]
public sealed record SchoolResult(
    [property: Id(0)] string Npsn,
    [property: Id(1)] int Eligible,
    [property: Id(2)] int Created,
    [property: Id(3)] int Failed,
    [property: Id(4)] IReadOnlyList<string> Gone,
    [property: Id(5)] IReadOnlyList<string> FailureReasons,
    [property: Id(6)] int Skipped = 0,
    [property: Id(7)] IReadOnlyDictionary<string, int>? FailedByCode = null,
    [property: Id(8)] IReadOnlyList<AccountFailureView>? FailureExamples = null);

/// <summary>One failed account as a run report lists it.</summary>
/// <param name="Code">The failure code (<c>data</c>, <c>google-403-forbidden</c>, <c>gave-up</c>, …).</param>
/// <param name="Reason">What happened and what to fix.</param>
[GenerateSerializer, Immutable, Alias("belajar.AccountFailureView")]
public sealed record AccountFailureView(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] string Npsn,
    [property: Id(2)] string Code,
    [property: Id(3)] string Reason);

/// <summary>An account of a school's roster that has not ended yet, as the run's watchdog shows it.</summary>
[GenerateSerializer, Immutable, Alias("belajar.PendingAccountView")]
public sealed record PendingAccountView(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] int Attempts,
    [property: Id(2)] DateTimeOffset? NextAttemptAt,
    [property: Id(3)] string? LastError);

/// <summary>What a school still works on for its run: its pending accounts (the first few), and whether its result is unreported.</summary>
[GenerateSerializer, Immutable, Alias("belajar.SchoolPendingView")]
public sealed record SchoolPendingView(
    [property: Id(0)] string? RunId,
    [property: Id(1)] int Pending,
    [property: Id(2)] IReadOnlyList<PendingAccountView> First,
    [property: Id(3)] bool ResultUnreported);

/// <summary>A school's answer before a run: the accounts it holds, and how many the new roster no longer has.</summary>
[GenerateSerializer, Immutable, Alias("belajar.SchoolLeaving")]
public sealed record SchoolLeaving(
    [property: Id(0)] long Accounts,
    [property: Id(1)] long Leaving);
