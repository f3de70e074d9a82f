using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The new deadline of a reactivated account: only a use since the reactivation counts (a sign-in from before it, read by the
/// check or by a sync, does not).
/// </summary>
[Collection(LifecycleCollection.Name)]
public sealed class ReactivatedDeadlineTests(LifecycleCluster cluster)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reactivated_account_whose_person_signed_in_only_before_it_left_is_suspended_again_at_its_new_deadline()
    {
        var (account, grain, reactivation) = await UsedLeftAndReactivatedAsync();

        await LifecycleCluster.StepUntilAsync(
            reactivation.DeadlineAt.AddMinutes(-12), Step, async () => await StatusAsync(grain) != AccountStatus.Created,
            "the reactivated account's own deadline check");

        // Google still reports the old sign-in, but the new initial password was never used
        Assert.Equal(AccountStatus.Deactivated, await StatusAsync(grain));
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        Assert.Null(await cluster.ReadDeadlineReminderAsync(account));
    }

    [Fact]
    public async Task A_sync_that_reads_the_old_sign_in_of_a_reactivated_account_does_not_make_its_deadline_activate_it()
    {
        var (account, grain, reactivation) = await UsedLeftAndReactivatedAsync();
        LifecycleCluster.MoveTo(DeadlineSchedule.DeadlineOf(reactivation.Record.View.ReactivatedAt!.Value, cluster.Options));

        // a school sync at the new deadline reads what Google reports: the old sign-in, the new password still to be changed
        var synced = await grain.ApplyDirectoryStatusAsync(StatusOf(account));
        Assert.Equal(AccountStatus.Created, synced!.View.Status);

        await LifecycleCluster.StepUntilAsync(
            LifecycleCluster.Clock.GetUtcNow(), Step, async () => await StatusAsync(grain) != AccountStatus.Created,
            "the reactivated account's own deadline check");
        Assert.Equal(AccountStatus.Deactivated, await StatusAsync(grain));
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
    }

    [Fact]
    public async Task A_reactivated_account_whose_person_chose_a_new_password_is_activated_even_before_Google_reports_the_sign_in()
    {
        var (account, grain, reactivation) = await UsedLeftAndReactivatedAsync();
        var oldSignIn = cluster.Emulator.FindUser(account.UserId!)!.LastLoginTime;

        // the person signs in with the new password and changes it; Google's lastLoginTime still shows the old sign-in
        await cluster.SignInAsync((await grain.GetAsync())!);
        cluster.Emulator.Store.Update(account.UserId!, u => u with { LastLoginTime = oldSignIn });

        await LifecycleCluster.StepUntilAsync(
            reactivation.DeadlineAt.AddMinutes(-12), Step, async () => await StatusAsync(grain) != AccountStatus.Created,
            "the reactivated account's own deadline check");
        Assert.Equal(AccountStatus.Activated, await StatusAsync(grain));
        Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
    }

    /// <summary>
    /// An account whose person signed in (activated by a sync), left the school days later (suspended by the leaver rule) and came
    /// back: reactivated by its operator, its sign-in long before the reactivation.
    /// </summary>
    private async Task<(AccountView Account, IAccountGrain Grain, Reactivation Reactivation)> UsedLeftAndReactivatedAsync()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var grain = cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);
        await cluster.SignInAsync(account);
        Assert.Equal(AccountStatus.Activated, (await grain.ApplyDirectoryStatusAsync(StatusOf(account)))!.View.Status);
        var signedInAt = cluster.Emulator.FindUser(account.UserId!)!.LastLoginTime!.Value;
        LifecycleCluster.MoveTo(signedInAt.AddDays(3));

        await LeaveAsync(grain);
        var reactivation = await grain.ReactivateAsync();
        Assert.True(reactivation.Record.View.ReactivatedAt > signedInAt.AddDays(2));
        Assert.True(cluster.Emulator.FindUser(account.UserId!)!.ChangePasswordAtNextLogin);
        return (account, grain, reactivation);
    }

    /// <summary>The person leaves the school and the leaver rule (on for this step, no grace) suspends the account.</summary>
    private async Task LeaveAsync(IAccountGrain grain)
    {
        var options = cluster.Options;
        var (suspendLeavers, grace) = (options.SuspendLeavers, options.LeaverGracePeriod);
        options.SuspendLeavers = true;
        options.LeaverGracePeriod = TimeSpan.Zero;
        try
        {
            await grain.MarkLeftAsync();
            Assert.Equal(AccountStatus.Deactivated, (await grain.CheckLeaverAsync())!.View.Status);
        }
        finally
        {
            (options.SuspendLeavers, options.LeaverGracePeriod) = (suspendLeavers, grace);
        }
    }

    /// <summary>What a sync reads of the account's user in the emulator now.</summary>
    private DirectoryUserStatus StatusOf(AccountView account)
    {
        var user = cluster.Emulator.FindUser(account.UserId!)!;
        return new DirectoryUserStatus(user.Id, user.LastLoginTime, user.AgreedToTerms, user.ChangePasswordAtNextLogin, user.Suspended);
    }

    private static async Task<AccountStatus?> StatusAsync(IAccountGrain grain) => (await grain.GetAsync())?.Status;
}
