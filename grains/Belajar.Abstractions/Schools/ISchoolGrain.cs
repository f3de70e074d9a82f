using Belajar.Abstractions.Accounts;
using Orleans.Concurrency;

namespace Belajar.Abstractions.Schools;

/// <summary>
/// A school, keyed <c>npsn-{NPSN}</c>: its roster from Dapodik, its account keys, per-school counters.
/// </summary>
[Alias("belajar.ISchoolGrain")]
public interface ISchoolGrain : IGrainWithStringKey
{
    /// <summary>Stores the roster and provisions its accounts in the background; reports to the run when done. Idempotent.</summary>
    [Alias("AcceptRoster")]
    Task AcceptRosterAsync(SchoolProvisioning request);

    /// <summary>
    /// Provisions the school's <c>Failed</c> accounts again for run <paramref name="runId"/> and reports their result to it (the
    /// other accounts are left alone); answers how many it took up. Zero (and a report of nothing) when none failed.
    /// </summary>
    [Alias("RetryFailed")]
    Task<int> RetryFailedAsync(string runId);

    /// <summary>
    /// Before a run changes anything: how many accounts the school holds and how many of them a roster of
    /// <paramref name="accountKeys"/> would take off it (leavers, gone, movers). A pure read: interleaves.
    /// </summary>
    [Alias("CountLeaving"), AlwaysInterleave]
    Task<SchoolLeaving> CountLeavingAsync(IReadOnlyList<string> accountKeys);

    /// <summary>What the school still works on (the run's watchdog asks when the run has not moved for a while).</summary>
    [Alias("GetPending"), AlwaysInterleave]
    Task<SchoolPendingView> GetPendingAsync(int max);

    /// <summary>The school, or null when no run has brought it. A pure read: interleaves with the school's other work.</summary>
    [Alias("GetInfo"), AlwaysInterleave]
    Task<SchoolInfo?> GetInfoAsync();

    /// <summary>The school's funnel. A pure read in one synchronous step: interleaves, so that it never waits behind a sync.</summary>
    [Alias("GetCounters"), AlwaysInterleave]
    Task<FunnelCounters> GetCountersAsync();

    /// <summary>
    /// The school's accounts (of one kind, or all), by name, never a password. A pure read in one synchronous step: interleaves,
    /// so that the operator's page never waits behind a sync or a reset.
    /// </summary>
    [Alias("GetAccounts"), AlwaysInterleave]
    Task<IReadOnlyList<AccountView>> GetAccountsAsync(AccountKind? kind);

    /// <summary>
    /// The operator's download: user ids and initial passwords of one kind, by name; with <paramref name="markDistributed"/>,
    /// created accounts are marked distributed (through <see cref="MarkDistributedAsync"/>, awaited) and shown so. Interleaves
    /// with the school's other work, so that downloads neither queue behind each other nor behind a sync or a reset: it reads
    /// the records in one synchronous step, decrypts off the activation, and changes no state itself.
    /// </summary>
    [Alias("GetCredentials"), AlwaysInterleave]
    Task<IReadOnlyList<AccountCredentialRow>> GetCredentialsAsync(AccountKind kind, bool markDistributed);

    /// <summary>
    /// A token that changes whenever the school's stored records change (the stored version of its state; null before its
    /// first write): a reader may keep what it read for as long as the token is the same. A pure read: interleaves.
    /// </summary>
    [Alias("GetRecordsVersion"), AlwaysInterleave]
    Task<string?> GetRecordsVersionAsync();

    /// <summary>
    /// Marks those of <paramref name="accountKeys"/> that are still created as distributed (each account, then the school's
    /// records from what the accounts answer, then the region's counters); answers how many changed. Writes only when one did,
    /// so a download finds nothing to mark once its accounts have been marked. Not interleaved: it waits for the school's other writes.
    /// </summary>
    [Alias("MarkDistributed")]
    Task<int> MarkDistributedAsync(IReadOnlyList<string> accountKeys);

    /// <summary>A new initial password for a user of this school, or null when the user is not one of this school's.</summary>
    [Alias("ResetPassword")]
    Task<string?> ResetPasswordAsync(string userId);

    /// <summary>Reactivates a deactivated user of this school (<see cref="IAccountGrain.ReactivateAsync"/>); null when not one of its users.</summary>
    [Alias("Reactivate")]
    Task<Reactivation?> ReactivateAsync(string userId);

    /// <summary>A new initial password for an activated user of this school (<see cref="IAccountGrain.SetPasswordAfterActivationAsync"/>); null when not one of its users.</summary>
    [Alias("SetPasswordAfterActivation")]
    Task<string?> SetPasswordAfterActivationAsync(string userId);

    /// <summary>
    /// Tells the school that one of its accounts changed on its own (a deadline check), with the account's record, so that the
    /// school's records and counters follow. One-way: an account may call it while the school is syncing that very account, so
    /// the caller must not wait.
    /// </summary>
    [Alias("AccountChanged"), Orleans.Concurrency.OneWay]
    Task AccountChangedAsync(AccountRecord account);

    /// <summary>
    /// An on-demand sync (<c>POST /api/v1/schools/{npsn}/sync</c>): starts <see cref="SyncNowAsync"/> in the background unless an
    /// on-demand sync started within <paramref name="minimumInterval"/>; answers zero when started, else how long until one may
    /// start. Cluster-wide, as the school is one activation; interleaved, so that it answers while a sync runs.
    /// </summary>
    [Alias("RequestSync"), AlwaysInterleave]
    Task<TimeSpan> RequestSyncAsync(TimeSpan minimumInterval);

    /// <summary>Reads the school's users from Google now and applies their activation status.</summary>
    [Alias("SyncNow")]
    Task<int> SyncNowAsync();
}
