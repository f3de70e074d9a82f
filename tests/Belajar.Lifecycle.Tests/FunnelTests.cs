using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;
using Belajar.TestSupport;

namespace Belajar.Lifecycle.Tests;

[Collection(LifecycleCollection.Name)]
public sealed class FunnelTests(LifecycleCluster cluster)
{
    [Fact]
    public async Task A_sync_activates_the_users_who_signed_in_and_removes_their_reminder()
    {
        var (school, accounts) = await cluster.ProvisionSchoolAsync(3);
        await cluster.SignInAsync(accounts[1]);

        var changed = await cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).SyncNowAsync();

        Assert.Equal(1, changed);
        var statuses = await StatusesAsync(school);
        Assert.Equal(AccountStatus.Activated, statuses[accounts[1].AccountKey]);
        Assert.Equal(AccountStatus.Created, statuses[accounts[0].AccountKey]);
        var credential = await cluster.Grains.GetGrain<IAccountGrain>(accounts[1].AccountKey).GetCredentialAsync(false);
        Assert.Null(credential!.InitialPassword);
    }

    [Fact]
    public async Task Funnel_counts_match_the_accounts_after_distribution_sign_in_sync_and_deadline()
    {
        var (school, accounts) = await cluster.ProvisionSchoolAsync(6);
        var schoolGrain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));

        // the operator downloads the list (all distributed); two people sign in; the school syncs; the deadline passes
        await schoolGrain.GetCredentialsAsync(AccountKind.PesertaDidik, markDistributed: true);
        await cluster.SignInAsync(accounts[0]);
        await cluster.SignInAsync(accounts[1]);
        Assert.Equal(2, await schoolGrain.SyncNowAsync());
        LifecycleCluster.MoveTo(accounts.Max(cluster.DueAt));
        foreach (var account in accounts)
        {
            await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).CheckDeadlineAsync();
        }

        var expected = new FunnelCounters(Eligible: 6, Created: 6, Distributed: 6, SignedIn: 2, Activated: 2, Deactivated: 4, Failed: 0);
        await Poll.UntilAsync(schoolGrain.GetCountersAsync, c => c == expected, TimeSpan.FromSeconds(30), $"school counters {expected}");
        var kabupaten = await Poll.UntilAsync(
            () => cluster.Grains.GetGrain<IRegionGrain>(GrainKeys.Region(school.KodeKabupaten)).GetStatsAsync(),
            s => s.Counters == expected, TimeSpan.FromSeconds(30), "the kabupaten's counters");
        Assert.Equal(school.Npsn, Assert.Single(kabupaten.Children).Key);
        var province = await cluster.Grains.GetGrain<IRegionGrain>(GrainKeys.Region(school.KodeProvinsi)).GetStatsAsync();
        Assert.Equal(expected, province.Counters);
        var national = await cluster.Grains.GetGrain<IRegionGrain>(GrainKeys.Region(IRegionGrain.NationalKode)).GetStatsAsync();
        Assert.Equal(expected, Assert.Single(national.Children, c => c.Key == school.KodeProvinsi).Counters);
        Assert.Equal(4, accounts.Count(a => cluster.Emulator.FindUser(a.UserId!)!.Suspended));
    }

    [Fact]
    public async Task Distributed_keeps_counting_downloaded_accounts_after_their_deactivation_and_never_counts_undownloaded_ones()
    {
        var (downloaded, downloadedAccounts) = await cluster.ProvisionSchoolAsync(3);
        var (notDownloaded, notDownloadedAccounts) = await cluster.ProvisionSchoolAsync(2);
        var downloadedSchool = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(downloaded.Npsn));
        var notDownloadedSchool = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(notDownloaded.Npsn));
        await downloadedSchool.GetCredentialsAsync(AccountKind.PesertaDidik, markDistributed: true);
        foreach (var account in downloadedAccounts)
        {
            // the school marks its accounts one-way: let the marks land before the clock jumps days ahead under them
            await Poll.UntilAsync(
                () => cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetAsync(), v => v!.Status == AccountStatus.Distributed,
                TimeSpan.FromSeconds(30), $"account {account.AccountKey} marked distributed");
        }

        LifecycleCluster.MoveTo(downloadedAccounts.Concat(notDownloadedAccounts).Max(cluster.DueAt));
        foreach (var account in downloadedAccounts.Concat(notDownloadedAccounts))
        {
            await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).CheckDeadlineAsync();
        }

        var expectedDownloaded = new FunnelCounters(Eligible: 3, Created: 3, Distributed: 3, SignedIn: 0, Activated: 0, Deactivated: 3, Failed: 0);
        var expectedNotDownloaded = new FunnelCounters(Eligible: 2, Created: 2, Distributed: 0, SignedIn: 0, Activated: 0, Deactivated: 2, Failed: 0);
        await Poll.UntilAsync(downloadedSchool.GetCountersAsync, c => c == expectedDownloaded, TimeSpan.FromSeconds(30), $"downloaded school {expectedDownloaded}");
        await Poll.UntilAsync(notDownloadedSchool.GetCountersAsync, c => c == expectedNotDownloaded, TimeSpan.FromSeconds(30), $"other school {expectedNotDownloaded}");
        await Poll.UntilAsync(
            () => cluster.Grains.GetGrain<IRegionGrain>(GrainKeys.Region(downloaded.KodeKabupaten)).GetStatsAsync(),
            s => s.Counters == expectedDownloaded, TimeSpan.FromSeconds(30), "the kabupaten's counters");
    }

    private async Task<Dictionary<string, AccountStatus>> StatusesAsync(SchoolInfo school) =>
        (await cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).GetAccountsAsync(null)).ToDictionary(a => a.AccountKey, a => a.Status);
}
