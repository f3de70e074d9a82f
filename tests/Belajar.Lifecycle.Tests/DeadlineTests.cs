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
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_never_used_account_is_suspended_by_its_own_reminder_at_its_due_time_and_not_before()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var due = cluster.DueAt(account);
        var reminder = await cluster.ReadDeadlineReminderAsync(account);
        Assert.NotNull(reminder); // registered by the account itself at creation, for its own due time
        Assert.InRange(reminder.StartAt, due.UtcDateTime.AddSeconds(-1), due.UtcDateTime.AddSeconds(1));

        var early = new List<DateTimeOffset>();
        await LifecycleCluster.StepUntilAsync(
            due.AddMinutes(-12), Step, async () => await StatusAsync(account) == AccountStatus.Deactivated, "the account's own reminder to suspend it",
            async now =>
            {
                if (now < due && await StatusAsync(account) != AccountStatus.Created)
                {
                    early.Add(now);
                }
            });

        Assert.Empty(early);
        var row = await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetCredentialAsync(false);
        Assert.Null(row!.InitialPassword);
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        Assert.Null(await cluster.ReadDeadlineReminderAsync(account));
        var school = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(account.Npsn));
        await Poll.UntilAsync( // the account tells its school one-way
            () => school.GetAccountsAsync(null), views => views.Single().Status == AccountStatus.Deactivated,
            TimeSpan.FromSeconds(30), "the school's record of the suspended account");
    }

    [Fact]
    public async Task A_used_account_is_activated_by_its_own_reminder_not_suspended()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        await cluster.SignInAsync(account);

        await LifecycleCluster.StepUntilAsync(
            cluster.DueAt(account).AddMinutes(-12), Step, async () => await StatusAsync(account) == AccountStatus.Activated,
            "the account's own reminder to find it used");

        var result = await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetCredentialAsync(false);
        Assert.NotNull(result!.Account.LastSignInAt);
        Assert.Null(result.InitialPassword);
        Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        Assert.Null(await cluster.ReadDeadlineReminderAsync(account));
    }

    [Fact]
    public async Task A_deadline_moved_later_moves_the_accounts_reminder_instead_of_suspending()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var firstDue = cluster.DueAt(account);
        var original = cluster.Options.ActivationDeadline;
        try
        {
            cluster.Options.ActivationDeadline = (original > firstDue ? original : firstDue).AddDays(20);
            var extendedDue = cluster.DueAt(account);

            // past the old due time the reminder is registered for the new one: moved by the tick at the old due time (which finds
            // the account not due) or earlier by a sync of the school (syncs close in on the deadline and register the due time
            // the setting gives now); either way nothing is suspended at the old due time
            await LifecycleCluster.StepUntilAsync(
                firstDue.AddMinutes(-12), Step,
                async () => LifecycleCluster.Clock.GetUtcNow() > firstDue.AddMinutes(1)
                    && (await cluster.ReadDeadlineReminderAsync(account))?.StartAt > firstDue.UtcDateTime.AddMinutes(1),
                "the clock to pass the old due time and the reminder to move to the extended deadline");
            Assert.Equal(AccountStatus.Created, await StatusAsync(account));
            Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);

            await LifecycleCluster.StepUntilAsync(
                extendedDue.AddMinutes(-12), Step, async () => await StatusAsync(account) == AccountStatus.Deactivated,
                "the moved reminder to suspend the account");
            Assert.True(LifecycleCluster.Clock.GetUtcNow() >= extendedDue);
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
}
