namespace Belajar.Api.Accounts;

/// <summary>The answer of a reactivation: the new initial password (shown once; also in the download and on the cards) and the account's new deadline.</summary>
public sealed record ReactivateResponse(string UserId, string Password, DateTimeOffset DeadlineAt);

/// <summary>
/// The body of a new initial password after activation: <c>confirmedInPerson</c> must be true (the person asked the operator in
/// person) and <c>reason</c> says why, for the audit log.
/// </summary>
public sealed record PasswordAfterActivationRequest(bool? ConfirmedInPerson, string? Reason);

/// <summary>The answer of a new initial password after activation: shown once, to be changed at the next sign-in.</summary>
public sealed record PasswordAfterActivationResponse(string UserId, string Password);

/// <summary>The audit <c>action</c> values of accounts that come back.</summary>
public static class RecoveryAuditActions
{
    /// <summary>A reactivation of a deactivated account (detail: userId, outcome, deadlineAt).</summary>
    public const string Reactivate = "reactivate";

    /// <summary>A new initial password after activation (detail: userId, outcome, reason).</summary>
    public const string PasswordAfterActivation = "password-after-activation";
}
