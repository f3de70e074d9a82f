using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests;

[Collection(LifecycleCollection.Name)]
public sealed class DeadlineTests(LifecycleCluster cluster)
{
    [Fact]
    public async Task A_never_used_account_is_suspended_by_its_schools_reminder_at_its_due_time_and_not_before()
    {
        var (school, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var schoolGrain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        var due = cluster.DueAt(account);
        Assert.NotNull(await ReadSchoolReminderAsync(school.Npsn));

        LifecycleCluster.MoveTo(due.AddSeconds(-1));
        Assert.Equal(0, await schoolGrain.CheckDeadlinesAsync());
        Assert.Equal(AccountStatus.Created, await StatusAsync(account));
        Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        Assert.NotNull(await ReadSchoolReminderAsync(school.Npsn));

        LifecycleCluster.MoveTo(due); // the school's reminder runs on this clock too: it may fire first, the explicit call is idempotent
        await schoolGrain.CheckDeadlinesAsync();
        var checkedAtDue = await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetCredentialAsync(false);
        Assert.Equal(AccountStatus.Deactivated, checkedAtDue!.Account.Status);
        Assert.Null(checkedAtDue.InitialPassword);
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        Assert.Null(await ReadSchoolReminderAsync(school.Npsn));
    }

    [Fact]
    public async Task A_used_account_is_activated_at_its_deadline_not_suspended()
    {
        var (school, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        await cluster.SignInAsync(account);

        LifecycleCluster.MoveTo(cluster.DueAt(account));
        var result = await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).CheckDeadlineAsync();

        Assert.Equal(AccountStatus.Activated, result!.View.Status);
        Assert.NotNull(result.View.LastSignInAt);
        Assert.Null(result.ProtectedPassword);
        Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        var schoolGrain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        await Poll.UntilAsync( // the account tells its school one-way: wait for that message, not for a time
            () => schoolGrain.GetAccountsAsync(null), views => views.Single().Status == AccountStatus.Activated,
            TimeSpan.FromSeconds(30), "the school's record of the activated account");
        Assert.Equal(0, await schoolGrain.CheckDeadlinesAsync());
        Assert.Null(await ReadSchoolReminderAsync(school.Npsn));
    }

    [Fact]
    public async Task A_deadline_moved_later_reschedules_the_check_instead_of_suspending()
    {
        var (school, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var schoolGrain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        var firstDue = cluster.DueAt(account);
        var original = cluster.Options.ActivationDeadline;
        try
        {
            cluster.Options.ActivationDeadline = (original > firstDue ? original : firstDue).AddDays(20);
            var extendedDue = cluster.DueAt(account);

            LifecycleCluster.MoveTo(firstDue);
            Assert.Equal(0, await schoolGrain.CheckDeadlinesAsync());
            var atOldDue = await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).CheckDeadlineAsync(); // a late per-account firing too
            Assert.Equal(AccountStatus.Created, atOldDue!.View.Status);
            Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
            Assert.NotNull(await ReadSchoolReminderAsync(school.Npsn));

            LifecycleCluster.MoveTo(extendedDue);
            await schoolGrain.CheckDeadlinesAsync();
            Assert.Equal(AccountStatus.Deactivated, await StatusAsync(account));
            Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        }
        finally
        {
            cluster.Options.ActivationDeadline = original;
        }
    }

    [Fact]
    public async Task A_deadline_check_running_twice_suspends_once()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var grain = cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);
        LifecycleCluster.MoveTo(cluster.DueAt(account));

        var both = await Task.WhenAll(grain.CheckDeadlineAsync(), grain.CheckDeadlineAsync());
        Assert.All(both, r => Assert.Equal(AccountStatus.Deactivated, r!.View.Status));

        // Un-suspend by hand: a third, late firing must not call Google again.
        cluster.Emulator.Store.Update(account.UserId!, u => u with { Suspended = false });
        var callsBefore = cluster.Emulator.Stats.Calls;
        var late = await grain.CheckDeadlineAsync();

        Assert.Equal(AccountStatus.Deactivated, late!.View.Status);
        Assert.Equal(callsBefore, cluster.Emulator.Stats.Calls);
        Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
    }

    private async Task<AccountStatus?> StatusAsync(AccountView account) =>
        (await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetAsync())?.Status;

    private async Task<ReminderEntry?> ReadSchoolReminderAsync(string npsn)
    {
        var table = ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost!.Services.GetRequiredService<IReminderTable>();
        var grainId = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).GetGrainId();
        return await table.ReadRow(grainId, "deadline");
    }
}
