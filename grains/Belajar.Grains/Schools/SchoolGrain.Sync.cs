using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Directory;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Schools;

/// <summary>
/// Activation sync: the school reads its users from Google (<c>users.list</c> by its org unit, only the fields activation needs,
/// at sync priority) and applies each one's status to its account. A reminder per school repeats it, first at the school's own
/// offset (a hash of its NPSN) so that schools do not all call Google at once, then at the period <see cref="SyncCadence"/>
/// derives from what the last sync changed, and once just after the deadline for the accounts' deadline checks
/// (<c>Lifecycle:SyncAfterDeadline</c>); a school with no pending account (Created or Distributed) removes it
/// (<c>Lifecycle:SyncStopsWhenSettled</c>) and registers it again when an account becomes pending. When sign-ins come from the
/// login activities (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>, <c>SignInDiscoveryGrain</c>) the reminder lists only
/// for the sync just after the deadline (<see cref="SyncCadence.WithActivities"/>); <see cref="SyncNowAsync"/> on request lists as ever.
/// </summary>
public sealed partial class SchoolGrain
{
    private const string SyncReminder = "sync";

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        SyncReminder => SyncOnScheduleAsync(),
        DeadlineReminder => StartDeadlineHandOver(),
        _ => Task.CompletedTask,
    };

    private DateTimeOffset? _syncRequestedAt;

    public Task<TimeSpan> RequestSyncAsync(TimeSpan minimumInterval)
    {
        var now = time.GetUtcNow();
        var wait = SyncCoalescing.WaitFor(_syncRequestedAt, minimumInterval, now);
        if (wait > TimeSpan.Zero)
        {
            return Task.FromResult(wait);
        }

        _syncRequestedAt = now;
        this.AsReference<ISchoolGrain>().SyncNowAsync().Ignore(); // queued behind the school's other work; the funnel shows its result
        return Task.FromResult(TimeSpan.Zero);
    }

    /// <summary>Returns how many of the school's accounts changed (signed in, activated).</summary>
    public async Task<int> SyncNowAsync()
    {
        if (S.Info is null || S.Accounts.Count == 0)
        {
            return 0;
        }

        var byAddress = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, record) in S.Accounts)
        {
            if (record.View.UserId is { } userId)
            {
                byAddress[userId] = key;
            }
        }

        var users = await ListUsersAsync(OrgUnitPaths.For(S.Info.Provinsi, S.Info.KabupatenKota, S.Info.Npsn));
        var changed = 0;
        foreach (var user in users)
        {
            var key = user.PrimaryEmail is { } email && byAddress.TryGetValue(email, out var k) ? k
                : GoogleUsers.AccountKeyOf(user) is { } ofId && S.Accounts.ContainsKey(ofId) ? ofId
                : null;
            if (key is null)
            {
                continue;
            }

            var record = await GrainFactory.GetGrain<IAccountGrain>(key).ApplyDirectoryStatusAsync(DirectoryStatuses.From(user));
            if (record is not null && ApplyKnown(record))
            {
                changed++;
            }
        }

        S.LastSyncAt = time.GetUtcNow();
        await SaveAsync();
        if (changed > 0)
        {
            await ReportToRegionAsync();
        }

        LogSynced(S.Info.Npsn, users.Count, changed);
        return changed;
    }

    private async Task<List<User>> ListUsersAsync(string orgUnitPath)
    {
        // One permit per page: Google counts every request of a list against the quota (a page holds up to
        // DirectoryOptions.PageSize users, so a school of 1,200 accounts is three queries).
        var query = $"orgUnitPath='{orgUnitPath.Replace("'", "\\'", StringComparison.Ordinal)}'";
        var list = new List<User>();
        string? pageToken = null;
        do
        {
            var token = pageToken;
            var page = await directory.CallAsync(DirectoryPriority.Sync, (g, ct) => g.ListUsersPageAsync(query, DirectoryStatuses.SyncFields, token, ct));
            list.AddRange(page.Users ?? []);
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));

        return list;
    }

    /// <summary>The reminder's sync: none when nothing can change (the reminder goes), else a sync and the next period.</summary>
    private async Task SyncOnScheduleAsync()
    {
        var options = lifecycle.Value;
        if (options.SyncStopsWhenSettled && PendingCount() == 0)
        {
            await StopSyncAsync(); // nothing Google could still tell: no list call
            return;
        }

        if (options.SignInDiscovery == SignInDiscoveryMode.Activities)
        {
            await SyncForTheDeadlineOnlyAsync(options);
            return;
        }

        var before = S.Accounts.Values.Select(a => a.View).Where(IsPending).ToList();
        await SyncNowAsync();
        var changed = before.Count(v => !S.Accounts.TryGetValue(v.AccountKey, out var now)
            || now.View.Status != v.Status || now.View.LastSignInAt != v.LastSignInAt);
        if (options.SyncStopsWhenSettled && PendingCount() == 0)
        {
            await StopSyncAsync();
            return;
        }

        var now = time.GetUtcNow();
        var next = SyncCadence.Next(
            S.SyncReminderPeriod ?? options.SyncPeriod, before.Count, changed, now, options.ActivationDeadline, options.SyncPeriod, options.SyncMaxPeriod);
        var dueIn = SyncCadence.DueIn(next, now, options.ActivationDeadline, SyncAfterDeadline(options));
        if (next != S.SyncReminderPeriod || dueIn != next)
        {
            await this.RegisterOrUpdateReminder(SyncReminder, dueIn, next);
            S.SyncReminderPeriod = next;
            S.SyncShortestPeriod = options.SyncPeriod;
            await SaveAsync();
            LogSyncPeriod(S.Info?.Npsn, before.Count, changed, dueIn, next);
        }
    }

    /// <summary>
    /// Sign-ins come from the login activities (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>): the reminder lists only
    /// for the sync just after the deadline, then goes; before it, a tick only sets the reminder closer (<see cref="SyncCadence.WithActivities"/>).
    /// </summary>
    private async Task SyncForTheDeadlineOnlyAsync(LifecycleOptions options)
    {
        var plan = SyncCadence.WithActivities(time.GetUtcNow(), options.ActivationDeadline, SyncAfterDeadline(options), options.SyncMaxPeriod);
        if (plan.SyncNow)
        {
            await SyncNowAsync();
        }

        if (plan.NextIn is not { } dueIn)
        {
            await StopSyncAsync(settled: false);
            return;
        }

        await ScheduleDeadlineSyncAsync(dueIn, options);
    }

    /// <summary>The reminder for the sync after the deadline, <paramref name="dueIn"/> from now, repeating at <c>Lifecycle:SyncMaxPeriod</c>.</summary>
    private async Task ScheduleDeadlineSyncAsync(TimeSpan dueIn, LifecycleOptions options)
    {
        if (dueIn == options.SyncMaxPeriod && S.SyncReminderPeriod == options.SyncMaxPeriod && S.SyncShortestPeriod == options.SyncPeriod)
        {
            return; // the reminder fires again a period from now by itself
        }

        await this.RegisterOrUpdateReminder(SyncReminder, dueIn, options.SyncMaxPeriod);
        S.SyncReminderPeriod = options.SyncMaxPeriod;
        S.SyncShortestPeriod = options.SyncPeriod;
        await SaveAsync();
        LogDeadlineSyncPlanned(S.Info?.Npsn, dueIn);
    }

    /// <summary>
    /// The delay after the deadline of the school's sync for the deadline checks (<c>Lifecycle:DeadlineSyncDelay</c>), or null
    /// when there is none: <c>Lifecycle:SyncAfterDeadline</c> off, or the checks reuse no read (<c>DeadlineStatusMaxAge</c> zero).
    /// </summary>
    private static TimeSpan? SyncAfterDeadline(LifecycleOptions options) =>
        options.SyncAfterDeadline && options.DeadlineStatusMaxAge > TimeSpan.Zero ? options.DeadlineSyncDelay : null;

    /// <summary>
    /// Registers the periodic sync when the school has a pending account and no reminder (its first accounts, or a new one after
    /// it stopped), or when <c>Lifecycle:SyncPeriod</c> changed; otherwise the reminder keeps its adapted period.
    /// </summary>
    private async Task EnsureSyncReminderAsync()
    {
        var options = lifecycle.Value;
        var shortest = options.SyncPeriod;
        if (S.Info is null || S.Accounts.Count == 0 || (options.SyncStopsWhenSettled && PendingCount() == 0)
            || (S.SyncReminderPeriod is not null && (S.SyncShortestPeriod ?? S.SyncReminderPeriod) == shortest))
        {
            return;
        }

        if (options.SignInDiscovery == SignInDiscoveryMode.Activities)
        {
            // no periodic listing: only the sync after the deadline, when it is still ahead
            if (SyncCadence.WithActivities(time.GetUtcNow(), options.ActivationDeadline, SyncAfterDeadline(options), options.SyncMaxPeriod).NextIn is { } dueIn)
            {
                await ScheduleDeadlineSyncAsync(dueIn, options);
            }

            return;
        }

        var dueTime = SyncCadence.DueIn(
            TimeSpan.FromMinutes(1) + StableSpread.Offset(S.Info.Npsn, shortest), time.GetUtcNow(), options.ActivationDeadline, SyncAfterDeadline(options));
        await this.RegisterOrUpdateReminder(SyncReminder, dueTime, shortest);
        S.SyncReminderPeriod = shortest;
        S.SyncShortestPeriod = shortest;
        await SaveAsync();
    }

    /// <param name="settled">True: no account is pending; false: no scheduled sync is left (sign-ins come from the login activities).</param>
    private async Task StopSyncAsync(bool settled = true)
    {
        if (await this.GetReminder(SyncReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (S.SyncReminderPeriod is not null)
        {
            S.SyncReminderPeriod = null;
            await SaveAsync();
        }

        if (settled)
        {
            LogSyncStopped(S.Info?.Npsn);
        }
        else
        {
            LogDeadlineSyncDone(S.Info?.Npsn);
        }
    }

    private int PendingCount() => S.Accounts.Values.Count(a => IsPending(a.View) && IsHome(a.View)); // a guest's account is synced by its home school

    private static bool IsPending(AccountView view) => view.Status is AccountStatus.Created or AccountStatus.Distributed;

    /// <summary>Leaver policy (off by default): each gone account is told to suspend itself after the grace period; the notice goes into the run report.</summary>
    private async Task<List<string>> ApplyLeaverPolicyAsync(List<string> gone)
    {
        var options = lifecycle.Value;
        if (!options.SuspendLeavers || gone.Count == 0)
        {
            return gone;
        }

        var suspendOn = (time.GetUtcNow() + options.LeaverGracePeriod).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var key in gone)
        {
            await GrainFactory.GetGrain<IAccountGrain>(key).MarkLeftAsync();
        }

        return gone.Select(key => $"{key} (suspended on {suspendOn} unless back in Dapodik)").ToList();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "School {Npsn}: no pending account, the periodic sync stops until one is pending")]
    private partial void LogSyncStopped(string? npsn);

    [LoggerMessage(Level = LogLevel.Debug, Message = "School {Npsn}: sign-ins come from the login activities, the sync after the deadline is due in {DueIn}")]
    private partial void LogDeadlineSyncPlanned(string? npsn, TimeSpan dueIn);

    [LoggerMessage(Level = LogLevel.Debug, Message = "School {Npsn}: sign-ins come from the login activities and no scheduled sync is left, the reminder goes")]
    private partial void LogDeadlineSyncDone(string? npsn);

    [LoggerMessage(Level = LogLevel.Debug, Message = "School {Npsn}: {Changed} of {Pending} pending accounts changed, next sync in {DueIn}, then every {Period}")]
    private partial void LogSyncPeriod(string? npsn, int pending, int changed, TimeSpan dueIn, TimeSpan period);

    [LoggerMessage(Level = LogLevel.Debug, Message = "School {Npsn} synced: {Users} users read, {Changed} accounts changed")]
    private partial void LogSynced(string npsn, int users, int changed);
}
