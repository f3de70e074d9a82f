using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;

namespace Belajar.Lifecycle.Tests;

/// <summary>A school syncs only while one of its accounts is pending (Created or Distributed).</summary>
public sealed class SettledSchoolSyncTests(SyncCluster cluster) : IClassFixture<SyncCluster>
{
    [Fact]
    public async Task A_school_with_nothing_pending_stops_listing_its_users_and_lists_again_once_an_account_is_pending()
    {
        var (school, specs) = TestSchools.Create(1, 2, npsnBase: 71000000);
        var grain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        await grain.AcceptRosterAsync(new SchoolProvisioning("run-settled-1", school, specs));
        var views = await Poll.UntilAsync(
            () => grain.GetAccountsAsync(null), v => v.Count == 2 && v.All(a => a.Status == AccountStatus.Created),
            TimeSpan.FromSeconds(60), "the two accounts to be created");
        // registered at the end of the school's provisioning pass, which may end after the records show the accounts created
        Assert.NotNull(await Poll.UntilAsync(() => cluster.ReadSyncReminderAsync(grain), r => r is not null, TimeSpan.FromSeconds(30), "the sync reminder"));

        foreach (var view in views)
        {
            await cluster.SignInAsync(view);
        }

        Assert.True(
            await SyncCluster.StepAsync(SyncCluster.SyncPeriod * 3, async () => (await grain.GetAccountsAsync(null)).All(a => a.Status == AccountStatus.Activated)),
            "the periodic sync did not activate the two accounts");
        var lists = cluster.Lists;
        Assert.True(lists >= 1);

        // nothing pending: four periods pass without a list call, and the reminder is gone
        await SyncCluster.StepAsync(SyncCluster.SyncPeriod * 4);
        Assert.Equal(lists, cluster.Lists);
        Assert.Null(await cluster.ReadSyncReminderAsync(grain));

        // a delta run adds a learner: pending again, the school registers its sync and lists again
        var (_, roster) = TestSchools.Create(1, 3, npsnBase: 71000000);
        await grain.AcceptRosterAsync(new SchoolProvisioning("run-settled-2", school, roster));
        await Poll.UntilAsync(
            () => grain.GetAccountsAsync(null), v => v.Count == 3 && v.Count(a => a.Status == AccountStatus.Created) == 1,
            TimeSpan.FromSeconds(60), "the new account to be created");
        Assert.NotNull(await Poll.UntilAsync(() => cluster.ReadSyncReminderAsync(grain), r => r is not null, TimeSpan.FromSeconds(30), "the sync reminder again"));
        Assert.True(await SyncCluster.StepAsync(SyncCluster.SyncPeriod * 2, () => Task.FromResult(cluster.Lists > lists)), "the school did not list its users again");
    }
}
