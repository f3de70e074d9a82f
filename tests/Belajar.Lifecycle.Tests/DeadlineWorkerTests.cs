using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;

namespace Belajar.Lifecycle.Tests;

/// <summary>The deadline check in the account's background: its own retries, and a sync's fresh read standing in for its own.</summary>
[Collection(LifecycleCollection.Name)]
public sealed class DeadlineWorkerTests(LifecycleCluster cluster)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_check_that_failed_is_tried_again_by_the_account_within_seconds_not_at_the_reminders_next_tick()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var fault = cluster.Emulator.Faults.Users.Add(account.UserId!.Split('@')[0], 403);
        DateTimeOffset failedAt;
        try
        {
            // the reminder fires at the due time and starts the check, which fails at users.get
            await LifecycleCluster.StepUntilAsync(
                cluster.DueAt(account).AddMinutes(-12), Step, () => Task.FromResult(fault.Hits > 0), "the first check to fail");
            failedAt = LifecycleCluster.Clock.GetUtcNow();
            Assert.Equal(AccountStatus.Created, await StatusAsync(account));
        }
        finally
        {
            cluster.Emulator.Faults.Users.Clear();
        }

        await LifecycleCluster.StepUntilAsync(
            failedAt, TimeSpan.FromSeconds(1), async () => await StatusAsync(account) == AccountStatus.Deactivated, "the account to try again");

        var waited = LifecycleCluster.Clock.GetUtcNow() - failedAt;
        Assert.True(waited < TimeSpan.FromSeconds(20), $"tried again after {waited}, not within seconds");
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        Assert.Null(await cluster.ReadDeadlineReminderAsync(account));
    }

    [Fact]
    public async Task An_account_activated_after_its_due_time_starts_its_check_without_a_tick()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var grain = cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);

        // no tick will come (as when a burst drops it): the row is gone, and the activation that registered it too
        var table = cluster.ReminderTable;
        var row = await table.ReadRow(grain.GetGrainId(), "deadline");
        Assert.NotNull(row);
        Assert.True(await table.RemoveRow(grain.GetGrainId(), "deadline", row.ETag!));
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        LifecycleCluster.MoveTo(cluster.DueAt(account).AddMinutes(1));

        var activatedAt = LifecycleCluster.Clock.GetUtcNow();
        Assert.Equal(AccountStatus.Created, await StatusAsync(account)); // activates it
        await LifecycleCluster.StepUntilAsync(
            activatedAt, TimeSpan.FromSeconds(1), async () => await StatusAsync(account) == AccountStatus.Deactivated, "the account's own look at its deadline");

        Assert.True(LifecycleCluster.Clock.GetUtcNow() - activatedAt < TimeSpan.FromSeconds(20));
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
    }

    [Fact]
    public async Task A_syncs_read_since_the_deadline_stands_in_for_the_checks_own_read()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var grain = cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);
        LifecycleCluster.MoveTo(DeadlineSchedule.DeadlineOf(account.CreatedAt!.Value, cluster.Options));

        // a sync reads the user at the deadline: never signed in; the person signs in afterwards, too late
        await grain.ApplyDirectoryStatusAsync(new DirectoryUserStatus(account.GoogleUserId ?? "", null, false, true, false));
        await cluster.SignInAsync(account);

        await LifecycleCluster.StepUntilAsync(
            LifecycleCluster.Clock.GetUtcNow(), Step, async () => await StatusAsync(account) != AccountStatus.Created, "the account's own check");

        // decided on the sync's read (a users.get now would see the late sign-in and activate it)
        Assert.Equal(AccountStatus.Deactivated, await StatusAsync(account));
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
    }

    private async Task<AccountStatus?> StatusAsync(AccountView account) =>
        (await cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetAsync())?.Status;
}
