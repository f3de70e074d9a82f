using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Accounts;
using Belajar.Grains.Directory;
using Belajar.Grains.Lifecycle;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Belajar.Grains.Schools;

/// <summary>
/// A school: its roster from Dapodik, the records of its accounts, its counters. It provisions a roster in the background with
/// bounded concurrency, tells its run when done, and rolls its counters up to its kabupaten/kota.
/// </summary>
/// <remarks>
/// <para>
/// Who owns what. The account grain (<see cref="AccountGrain"/>) is the only writer of an account's facts: its status, user id,
/// encrypted initial password, Google id, failure, sign-in, whether it was distributed. The school owns its roster (which
/// accounts are its own: <see cref="SchoolState.Accounts"/>'s keys, <see cref="SchoolState.Pending"/>, <see cref="SchoolState.Gone"/>),
/// its runs' progress and its reminders.
/// </para>
/// <para>
/// The read model. <see cref="SchoolState.Accounts"/> holds, per account of the roster, the <see cref="AccountRecord"/> its grain
/// last answered, and changes in one way only: <see cref="Apply"/> of such a record (<see cref="ApplyKnown"/> for records that come
/// unasked, which apply only to accounts on the roster). Every account call that changes an account answers its record
/// (provision, give up, mark distributed, reset password, apply Google's status, deadline check), and an account that changes on
/// its own (a deadline check its reminder or a caller ran) tells its school one-way (<see cref="AccountChangedAsync"/>), and an
/// account that several schools list (a PTK at several schools) tells each of them after every change. The school
/// never edits a record itself; it derives from the records what it shows and counts (downloads, counters, run results). The one
/// record it makes is a stand-in: a <c>Failed</c> record for an account whose grain could not be reached to record that the
/// school gave up on it, which the account's next record replaces.
/// </para>
/// <para>
/// Several schools. A record whose <see cref="AccountView.Npsn"/> is another school's is an account this school lists as a guest
/// (its home school is that other one): shown in the list, download, cards and the school's own counters, but not reported to
/// the region (the home school counts it) and not synced from Google here.
/// </para>
/// <para>
/// What may be stale. A record lags its account when the one-way message was lost or the school's write failed after the account
/// changed, or when a direct caller changed the account (<see cref="IAccountGrain.GetCredentialAsync"/> marking it): the next
/// record the school receives for that account corrects it, and the periodic sync asks every account Google knows for its record.
/// The download's "distributed" status is shown from the school's snapshot while the marks are being made.
/// </para>
/// </remarks>
public sealed partial class SchoolGrain(
    [PersistentState("school", StorageNames.Schools)] IPersistentState<SchoolState> state,
    PasswordProtector protector,
    IDirectoryCalls directory,
    IOptions<ProvisioningOptions> options,
    IOptions<LifecycleOptions> lifecycle,
    TimeProvider time,
    ILogger<SchoolGrain> logger) : Grain, ISchoolGrain, IRemindable
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly AttemptSchedule _attempts = new(options.Value, Random.Shared);
    private IGrainTimer? _worker;

    private SchoolState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Pending.Count > 0 || S.UnreportedResult is not null)
        {
            StartWorker();
        }

        if (S.DeadlineReminderDueAt is not null)
        {
            StartDeadlineHandOver(); // a school reminder stored earlier: its accounts take their deadlines over
        }

        return Task.CompletedTask;
    }

    public async Task AcceptRosterAsync(SchoolProvisioning request)
    {
        if (S.RunId == request.RunId && (S.Pending.Count > 0 || S.UnreportedResult is not null))
        {
            StartWorker(); // the run asks again: the work is already here
            return;
        }

        var keys = request.Accounts.Select(a => a.AccountKey).ToHashSet(StringComparer.Ordinal);
        var missing = S.Accounts.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        foreach (var key in missing)
        {
            S.Accounts.Remove(key);
        }

        S.Gone = await ApplyLeaverPolicyAsync(await WithoutMovedAwayAsync(request.School.Npsn, missing));

        S.Info = request.School;
        S.RunId = request.RunId;
        S.Pending = request.Accounts.ToList();
        S.PassKeys = null;
        S.Attempts.Clear();
        S.UnreportedResult = S.Pending.Count == 0 ? Result() : null;
        await SaveAsync();
        StartWorker();
    }

    public Task<SchoolInfo?> GetInfoAsync() => Task.FromResult(S.Info);

    public Task<SchoolLeaving> CountLeavingAsync(IReadOnlyList<string> accountKeys)
    {
        var keys = accountKeys.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(new SchoolLeaving(S.Accounts.Count, S.Accounts.Keys.Count(k => !keys.Contains(k))));
    }

    public Task<FunnelCounters> GetCountersAsync() => Task.FromResult(FunnelCounters.Of(S.Accounts.Values.Select(a => a.View)));

    public Task<IReadOnlyList<AccountView>> GetAccountsAsync(AccountKind? kind) => Task.FromResult<IReadOnlyList<AccountView>>(
        S.Accounts.Values.Select(a => a.View).Where(v => kind is null || AccountKinds.Of(v.Role) == kind.Value).OrderBy(v => v.Nama, StringComparer.Ordinal).ToList());

    public async Task<IReadOnlyList<AccountCredentialRow>> GetCredentialsAsync(AccountKind kind, bool markDistributed)
    {
        // Interleaved: one synchronous look at the records (no other turn runs during it), then only this snapshot is used.
        var records = S.Accounts.ToArray();
        var toMark = markDistributed ? CredentialRows.ToMark(records, kind) : [];
        var marking = toMark.Count > 0 ? this.AsReference<ISchoolGrain>().MarkDistributedAsync(toMark) : Task.FromResult(0);

        // Sorting and decrypting (~1,000 AES-GCM opens) on the thread pool: concurrent downloads use every core, not the activation's turn.
        var rows = await Task.Run(() => CredentialRows.Build(records, kind, markDistributed, protector));
        await marking;
        return rows;
    }

    public Task<string?> GetRecordsVersionAsync() => Task.FromResult(state.RecordExists ? state.Etag : null);

    /// <summary>
    /// Writes the state one write at a time: the deadline worker and downloads interleave with the school's other turns, and two
    /// writes in flight at once would race on the stored version (the second would fail as inconsistent).
    /// </summary>
    private async Task SaveAsync()
    {
        await _writeGate.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation of this school wrote since this one read (two activations while the cluster recovers from a
            // lost silo): what this one holds is stale and every later write would fail the same way. It takes the stored state
            // (its pending roster, records and attempts); the turn fails as any failed write does, and the worker's next tick
            // carries on from what is stored (accounts are idempotent: one already made answers its record again).
            await state.ReadStateAsync();
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// The accounts missing from the roster that no other school lists: a person who moved and whose new school has already
    /// provisioned them is a mover, and a PTK another school still lists (one person at several schools) only stops being listed
    /// here (the account moves home when this was its home school); neither is gone (nor marked left). Movers whose new school
    /// comes later in the run are taken out of the report by the run (<c>ProvisioningRunGrain</c>) when it completes.
    /// </summary>
    private async Task<List<string>> WithoutMovedAwayAsync(string npsn, List<string> missing)
    {
        var gone = new List<string>(missing.Count);
        foreach (var key in missing)
        {
            if (!await GrainFactory.GetGrain<IAccountGrain>(key).UnlistAsync(npsn))
            {
                gone.Add(key);
            }
        }

        return gone;
    }

    /// <summary>Whether the school is the account's home school (<c>sekolah induk</c>): only those count in the region's funnel.</summary>
    private bool IsHome(AccountView view) => S.Info is { } info && string.Equals(view.Npsn, info.Npsn, StringComparison.Ordinal);

    private async Task ReportToRegionAsync()
    {
        if (S.Info is not { } info)
        {
            return;
        }

        // a person listed by several schools counts once, at the home school; the school's own counters list them all
        var child = new RegionChild(info.Npsn, info.Nama, FunnelCounters.Of(S.Accounts.Values.Select(a => a.View).Where(IsHome)));
        await GrainFactory.GetGrain<IRegionGrain>(GrainKeys.Region(info.KodeKabupaten)).ReportChildAsync(child, info.KabupatenKota, info.Provinsi);
    }
}
