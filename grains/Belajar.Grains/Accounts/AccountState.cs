using Belajar.Abstractions.Accounts;

namespace Belajar.Grains.Accounts;

/// <summary>The stored state of one account. Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.AccountState")]
public sealed class AccountState
{
    [Id(0)] public AccountSpec? Spec { get; set; }
    [Id(1)] public AccountStatus Status { get; set; }
    /// <summary>The claimed address (the user id that the operator hands out).</summary>
    [Id(2)] public string? UserId { get; set; }
    /// <summary>The initial password, encrypted with <see cref="PasswordProtector"/>; erased once activated or deactivated.</summary>
    [Id(3)] public string? ProtectedPassword { get; set; }
    [Id(4)] public string? GoogleUserId { get; set; }
    [Id(5)] public string? FailureReason { get; set; }
    [Id(6)] public DateTimeOffset? CreatedAt { get; set; }
    [Id(7)] public DateTimeOffset? LastSignInAt { get; set; }
    /// <summary>How many address candidates this account tried before one was its own.</summary>
    [Id(8)] public int CandidatesTried { get; set; }
    /// <summary>The org unit the Google user is in, so that a move to another school patches it once.</summary>
    [Id(9)] public string? OrgUnitPath { get; set; }
    /// <summary>
    /// The initial password has been handed out (downloaded): stays true after the account is activated or deactivated, while
    /// <see cref="Status"/> says where it is now. Rows from before this field was added say it by <c>Status == Distributed</c>.
    /// </summary>
    [Id(10)] public bool Distributed { get; set; }
    /// <summary>When the deadline check is due (see the lifecycle rules); null when no check is pending.</summary>
    [Id(11)] public DateTimeOffset? DeadlineDueAt { get; set; }
    [Id(12)] public string? CostCenter { get; set; }
    /// <summary>When a person gone from Dapodik is suspended (leaver policy); null when not leaving.</summary>
    [Id(13)] public DateTimeOffset? LeaverDueAt { get; set; }
    /// <summary>The short code of <see cref="FailureReason"/> (<see cref="AccountFailure.Code"/>), to count failures by.</summary>
    [Id(14)] public string? FailureCode { get; set; }
    /// <summary>
    /// The due time the account's own <c>deadline</c> reminder is registered for; null when none is (rows stored before accounts
    /// owned their reminder read as null, so the next ensure registers it).
    /// </summary>
    [Id(15)] public DateTimeOffset? DeadlineReminderAt { get; set; }
    /// <summary>
    /// When the account was last reactivated (a <c>Deactivated</c> account made <c>Created</c> again by its operator, its region or
    /// Pusdatin); null when never. The deadline rule counts from it instead of <see cref="CreatedAt"/>.
    /// </summary>
    [Id(16)] public DateTimeOffset? ReactivatedAt { get; set; }
    /// <summary>
    /// The address the account had before its learner moved to a school of another jenjang (domain): Google keeps it as an alias,
    /// and the account keeps its claim on it (docs/provisioning.md). Null when the address never changed.
    /// </summary>
    [Id(20)] public string? PreviousUserId { get; set; }
    /// <summary>
    /// When a sync last read this account's Google status from its deadline on (<see cref="Lifecycle.DeadlineStatusReuse"/>): the
    /// deadline check reuses that read instead of its own <c>users.get</c> while it is fresh; null when none was recorded.
    /// </summary>
    [Id(17)] public DateTimeOffset? DeadlineStatusReadAt { get; set; }
    /// <summary>
    /// Every school that lists the account (a PTK registered at several schools), by NPSN, with the spec that school's roster gave;
    /// <see cref="Spec"/> is the home school's (<see cref="HomeSchool"/>). Null when the one school is <see cref="Spec"/>'s (most
    /// accounts: nothing more stored); empty when the last school dropped it (a leaver, or a mover whose old school came first).
    /// </summary>
    [Id(23)] public Dictionary<string, AccountSpec>? Listings { get; set; }
}
