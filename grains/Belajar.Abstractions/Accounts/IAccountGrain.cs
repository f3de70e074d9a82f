namespace Belajar.Abstractions.Accounts;

/// <summary>
/// One account's lifecycle, keyed <c>{pd|guru|adm}-{dapodik id}</c>. Every step is persisted before the next, so that a crash at
/// any point resumes without a second Google user.
/// </summary>
[Alias("belajar.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account (or moves it to another school) as the spec says; idempotent.</summary>
    [Alias("Provision")]
    Task<AccountRecord> ProvisionAsync(AccountSpec spec);

    /// <summary>
    /// <see cref="ProvisionAsync"/> for an account its school has no record of, so most likely new: the account does not read a
    /// stored state first but inserts its first one, and goes on from the stored state if the insert finds one (a person who
    /// moved school). Same outcome as <see cref="ProvisionAsync"/>, one storage read fewer for a new account.
    /// </summary>
    [Alias("ProvisionNew")]
    Task<AccountRecord> ProvisionNewAsync(AccountSpec spec);

    /// <summary>
    /// Ends an account that is still being created as <c>Failed</c> with the given code and reason (its school has tried it as
    /// often as it may); an account that exists already is left as it is. Null when the account has no spec.
    /// </summary>
    [Alias("GiveUp")]
    Task<AccountRecord?> GiveUpAsync(string code, string reason);

    [Alias("Get")]
    Task<AccountView?> GetAsync();

    /// <summary>
    /// School <paramref name="npsn"/> no longer lists the account (it is missing from that school's roster). Answers whether another
    /// school still lists it (a PTK at several schools, or a person who moved): then it is not that school's leaver. When the home
    /// school drops a person another school still lists, the account moves home (org unit, cost centre; a new address when the
    /// jenjang's domain changes). The last school dropping it changes nothing here (the school's leaver rules apply).
    /// </summary>
    [Alias("Unlist")]
    Task<bool> UnlistAsync(string npsn);

    /// <summary>The view and the decrypted initial password, for the school's operator; marks a created account distributed.</summary>
    [Alias("GetCredential")]
    Task<AccountCredentialRow?> GetCredentialAsync(bool markDistributed);

    /// <summary>
    /// Marks a created account distributed (its school's operator has downloaded it) and answers its record, which the school
    /// applies to its records; null when the account has no spec.
    /// </summary>
    [Alias("MarkDistributed")]
    Task<AccountRecord?> MarkDistributedAsync();

    /// <summary>
    /// A new initial password, set in Google first (interactive priority), returned once in plain text, together with the record
    /// that holds it encrypted (for the school's records).
    /// </summary>
    [Alias("ResetPassword")]
    Task<PasswordReset> ResetPasswordAsync();

    /// <summary>
    /// Reactivates a <c>Deactivated</c> account: a new initial password (stored encrypted), set in Google with the user unsuspended
    /// and <c>changePasswordAtNextLogin</c> (interactive priority); the account is <c>Created</c> again with its own new deadline
    /// (the reactivation time counts as its creation time for the deadline rule) and its <c>deadline</c> reminder registered.
    /// </summary>
    /// <exception cref="AccountActionRefusedException">The account is not deactivated.</exception>
    [Alias("Reactivate")]
    Task<Reactivation> ReactivateAsync();

    /// <summary>
    /// Help after activation: a new initial password for an <c>Activated</c> account, set in Google with
    /// <c>changePasswordAtNextLogin</c> (interactive priority), returned once and not stored; the status stays <c>Activated</c>.
    /// </summary>
    /// <exception cref="AccountActionRefusedException">Not activated, or a head of school's or operator's account.</exception>
    [Alias("SetPasswordAfterActivation")]
    Task<PasswordReset> SetPasswordAfterActivationAsync();

    /// <summary>Applies what Google reports of the user (sign-in, terms, password changed) from a school's sync.</summary>
    [Alias("ApplyDirectoryStatus")]
    Task<AccountRecord?> ApplyDirectoryStatusAsync(DirectoryUserStatus status);

    /// <summary>
    /// A successful sign-in at <paramref name="signedInAt"/> that Google's login activities report for the account's address
    /// (sign-in discovery): a <c>Created</c> or <c>Distributed</c> account is <c>Activated</c> (Google lets nobody through before
    /// the new password and the terms), its deadline ends and its home school is told. Ignored for any other status and for a
    /// sign-in at or before a reactivation. No Google call.
    /// </summary>
    [Alias("ApplySignIn")]
    Task<AccountRecord?> ApplySignInAsync(DateTimeOffset signedInAt);

    /// <summary>
    /// The deadline check (what the account's reminder runs): not yet due → re-registered for the current due time; due → read
    /// back from Google, never signed in → suspended and <c>Deactivated</c>, else <c>Activated</c>; the reminder removed. Idempotent.
    /// </summary>
    [Alias("CheckDeadline")]
    Task<AccountRecord?> CheckDeadlineAsync();

    /// <summary>
    /// Registers the account's own <c>deadline</c> reminder for its current due time when it is waiting for its deadline
    /// (created or distributed) and none is registered for that time (or its row is missing from the table); removes it
    /// otherwise. Idempotent, no Google call.
    /// </summary>
    [Alias("EnsureDeadlineReminder")]
    Task EnsureDeadlineReminderAsync();

    /// <summary>Leaver policy: the person is gone from Dapodik; when the policy is on, the account is suspended after the grace period.</summary>
    [Alias("MarkLeft")]
    Task MarkLeftAsync();

    /// <summary>The leaver check (what the leaver reminder runs): suspends once the grace period has ended. Idempotent.</summary>
    [Alias("CheckLeaver")]
    Task<AccountRecord?> CheckLeaverAsync();
}
