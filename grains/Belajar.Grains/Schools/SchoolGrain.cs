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

namespace Belajar.Grains.Schools;

/// <summary>
/// A school: its roster from Dapodik, the records of its accounts, its counters. It provisions a roster in the background with
/// bounded concurrency, tells its run when done, and rolls its counters up to its kabupaten/kota.
/// </summary>
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

    public Task<FunnelCounters> GetCountersAsync() => Task.FromResult(SchoolCounters.Of(S.Accounts.Values));

    public Task<IReadOnlyList<AccountView>> GetAccountsAsync(AccountKind? kind) => Task.FromResult<IReadOnlyList<AccountView>>(
        S.Accounts.Values.Select(a => a.View).Where(v => kind is null || SchoolCounters.IsOfKind(v.Role, kind.Value)).OrderBy(v => v.Nama, StringComparer.Ordinal).ToList());

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

    public async Task<int> MarkDistributedAsync(IReadOnlyList<string> accountKeys)
    {
        var marked = new List<string>();
        foreach (var key in accountKeys)
        {
            if (S.Accounts.TryGetValue(key, out var record) && record.View.Status == AccountStatus.Created)
            {
                S.Accounts[key] = record with { View = record.View with { Status = AccountStatus.Distributed, WasDistributed = true } };
                marked.Add(key);
            }
        }

        if (marked.Count == 0)
        {
            return 0;
        }

        await SaveAsync();
        foreach (var key in marked)
        {
            await GrainFactory.GetGrain<IAccountGrain>(key).MarkDistributedAsync();
        }

        await ReportToRegionAsync();
        return marked.Count;
    }

    public async Task<string?> ResetPasswordAsync(string userId)
    {
        var entry = S.Accounts.FirstOrDefault(a => string.Equals(a.Value.View.UserId, userId, StringComparison.OrdinalIgnoreCase));
        if (entry.Key is null)
        {
            return null;
        }

        var password = await GrainFactory.GetGrain<IAccountGrain>(entry.Key).ResetPasswordAsync();
        S.Accounts[entry.Key] = entry.Value with { ProtectedPassword = protector.Protect(password, entry.Key) };
        await SaveAsync();
        return password;
    }

    public async Task AccountChangedAsync(AccountRecord account)
    {
        if (!S.Accounts.ContainsKey(account.View.AccountKey) || S.Accounts[account.View.AccountKey] == account)
        {
            return;
        }

        S.Accounts[account.View.AccountKey] = account;
        await SaveAsync();
        await ReportToRegionAsync();
    }

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
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// The accounts missing from the roster that are not at another school by now: a person who moved and whose new school has
    /// already provisioned them is a mover, not gone (and must not be marked left). Movers whose new school comes later in the
    /// run are taken out of the report by the run (<c>ProvisioningRunGrain</c>) when it completes.
    /// </summary>
    private async Task<List<string>> WithoutMovedAwayAsync(string npsn, List<string> missing)
    {
        var gone = new List<string>(missing.Count);
        foreach (var key in missing)
        {
            var now = await GrainFactory.GetGrain<IAccountGrain>(key).GetAsync();
            if (now is null || string.Equals(now.Npsn, npsn, StringComparison.Ordinal))
            {
                gone.Add(key);
            }
        }

        return gone;
    }

    private async Task ReportToRegionAsync()
    {
        if (S.Info is not { } info)
        {
            return;
        }

        var child = new RegionChild(info.Npsn, info.Nama, SchoolCounters.Of(S.Accounts.Values));
        await GrainFactory.GetGrain<IRegionGrain>(GrainKeys.Region(info.KodeKabupaten)).ReportChildAsync(child, info.KabupatenKota, info.Provinsi);
    }
}
