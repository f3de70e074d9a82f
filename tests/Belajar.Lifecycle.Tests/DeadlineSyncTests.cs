using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The school's sync just after the deadline (<c>Lifecycle:SyncAfterDeadline</c>, 1 minute after it by default): the deadline checks of its never-used accounts
/// decide on that read, with one <c>users.patch</c> each and no <c>users.get</c>; with no read since the deadline, each check
/// reads the user itself. Calls are the emulator's counts by method.
/// </summary>
public sealed class DeadlineSyncTests(DeadlineSyncCluster cluster) : IClassFixture<DeadlineSyncCluster>
{
    private const int Accounts = 4;

    [Fact]
    public async Task Never_used_accounts_checked_after_their_schools_sync_just_after_the_deadline_make_no_users_get()
    {
        var run = await PlayToDecisionsAsync(n: 1, syncAfterDeadline: true);

        Assert.Equal(run.Deadline + TimeSpan.FromMinutes(1), run.NextSyncAfterTheLastBefore); // not a period after it
        Assert.Equal(1, run.ListsAfterDeadline);
        Assert.Equal(0, run.Gets);
        Assert.Equal(Accounts, run.Patches);
    }

    [Fact]
    public async Task Without_a_read_since_the_deadline_each_check_reads_the_user_itself()
    {
        var run = await PlayToDecisionsAsync(n: 3, syncAfterDeadline: false);

        Assert.Equal(run.Deadline + TimeSpan.FromMinutes(55), run.NextSyncAfterTheLastBefore); // a period after it, after the checks
        Assert.Equal(0, run.ListsAfterDeadline);
        Assert.Equal(Accounts, run.Gets);
        Assert.Equal(Accounts, run.Patches);
    }

    /// <summary>
    /// Provisions the n-th school, none of whose people ever signs in, with the sync after the deadline on or off and a deadline
    /// 5 minutes after the school's third sync; plays the clock until every account is suspended and counts the calls from the
    /// school's last sync before the deadline on.
    /// </summary>
    private async Task<Run> PlayToDecisionsAsync(int n, bool syncAfterDeadline)
    {
        var options = cluster.Options;
        var saved = options.SyncAfterDeadline;
        options.SyncAfterDeadline = syncAfterDeadline;
        try
        {
            var clock = DeadlineSyncCluster.Clock;
            var start = clock.GetUtcNow();
            var (school, specs) = TestSchools.Create(n, Accounts, npsnBase: 73000000);
            // the school syncs 1 minute + its offset after it is provisioned, then every hour (the clock does not move meanwhile)
            var deadline = start + TimeSpan.FromMinutes(1) + StableSpread.Offset(school.Npsn, DeadlineSyncCluster.SyncPeriod)
                + (2 * DeadlineSyncCluster.SyncPeriod) + TimeSpan.FromMinutes(5);
            options.ActivationDeadline = deadline;
            // every account falls due 3 minutes or more after the deadline: after a sync at the deadline + 1 minute
            Assert.All(specs, s => Assert.True(StableSpread.Offset(s.AccountKey, DeadlineSyncCluster.Window) >= TimeSpan.FromMinutes(3)));

            var grain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
            var lists = cluster.Calls("users.list");
            await grain.AcceptRosterAsync(new SchoolProvisioning($"run-deadline-sync-{n}", school, specs));
            await Poll.UntilAsync(
                () => grain.GetAccountsAsync(null), v => v.Count == Accounts && v.All(a => a.Status == AccountStatus.Created),
                TimeSpan.FromSeconds(60), "the accounts to be created");
            await Poll.UntilAsync(() => cluster.ReadSyncReminderAsync(grain), r => r is not null, TimeSpan.FromSeconds(30), "the sync reminder");

            // to the school's third sync, its last before the deadline
            await LifecycleCluster.StepUntilAsync(
                clock, start, TimeSpan.FromMinutes(5), () => Task.FromResult(clock.GetUtcNow() >= deadline - TimeSpan.FromMinutes(10)), "the hour before the deadline");
            await LifecycleCluster.StepUntilAsync(
                clock, start, TimeSpan.FromMinutes(1), () => Task.FromResult(cluster.Calls("users.list") - lists >= 3), "the last sync before the deadline");
            var row = await Poll.UntilAsync(
                () => cluster.ReadSyncReminderAsync(grain), r => r is not null && (!syncAfterDeadline || r.StartAt > deadline.UtcDateTime),
                TimeSpan.FromSeconds(30), "the school's next sync planned");
            var nextSync = new DateTimeOffset(row!.StartAt, TimeSpan.Zero);
            while (nextSync < clock.GetUtcNow())
            {
                nextSync += row.Period; // Orleans fires at the start + whole periods
            }

            var (gets, patches, listsThen) = (cluster.Calls("users.get"), cluster.Calls("users.patch"), cluster.Calls("users.list"));
            await LifecycleCluster.StepUntilAsync(
                clock, start, TimeSpan.FromMinutes(1), async () => await AllSuspendedAsync(specs.Select(s => s.AccountKey)), "every account's deadline check");
            Assert.True(clock.GetUtcNow() > deadline);
            foreach (var spec in specs)
            {
                var view = await cluster.Grains.GetGrain<IAccountGrain>(spec.AccountKey).GetAsync();
                Assert.True(cluster.Emulator.FindUser(view!.UserId!)!.Suspended);
            }

            return new Run(deadline, nextSync, cluster.Calls("users.list") - listsThen, cluster.Calls("users.get") - gets, cluster.Calls("users.patch") - patches);
        }
        finally
        {
            options.SyncAfterDeadline = saved;
        }
    }

    private async Task<bool> AllSuspendedAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if ((await cluster.Grains.GetGrain<IAccountGrain>(key).GetAsync())?.Status != AccountStatus.Deactivated)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Run(DateTimeOffset Deadline, DateTimeOffset NextSyncAfterTheLastBefore, long ListsAfterDeadline, long Gets, long Patches);
}
