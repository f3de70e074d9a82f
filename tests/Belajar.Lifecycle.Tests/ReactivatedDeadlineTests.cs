using Belajar.Abstractions.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// The new deadline of a reactivated account: only a use since the reactivation counts (a sign-in from before it, read by the
/// check or by a sync, does not), and a deadline check still in flight from before the reactivation leaves the reactivated
/// account alone.
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

    [Fact]
    public async Task A_check_waiting_for_its_read_across_a_deactivation_and_reactivation_leaves_the_reactivated_account_and_its_one_new_reminder()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var grain = cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);
        var held = cluster.Permits.Hold(grain.GetGrainId(), DirectoryPriority.Deadline);

        // the account's own reminder starts its check at the due time; the check waits for the permit of its users.get
        await LifecycleCluster.StepUntilAsync(
            cluster.DueAt(account).AddMinutes(-12), Step, () => Task.FromResult(held.IsWaiting), "the deadline check to wait for its permit");

        await ReactivateWhileHeldAsync(account, grain, held);
    }

    [Fact]
    public async Task A_suspend_waiting_for_its_permit_across_a_deactivation_and_reactivation_is_not_sent()
    {
        var (_, accounts) = await cluster.ProvisionSchoolAsync(1);
        var account = accounts[0];
        var grain = cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);
        var held = cluster.Permits.Hold(grain.GetGrainId(), DirectoryPriority.Deadline);

        // a sync reads the user at the deadline (never signed in): the check decides on that read and waits for its suspend's permit
        LifecycleCluster.MoveTo(DeadlineSchedule.DeadlineOf(account.CreatedAt!.Value, cluster.Options));
        await grain.ApplyDirectoryStatusAsync(StatusOf(account));
        await LifecycleCluster.StepUntilAsync(
            LifecycleCluster.Clock.GetUtcNow(), Step, () => Task.FromResult(held.IsWaiting), "the deadline check's suspend to wait for its permit");

        await ReactivateWhileHeldAsync(account, grain, held);
    }

    /// <summary>
    /// While the account's deadline check waits for a permit (<paramref name="held"/>), the person leaves (suspended by the leaver
    /// rule) and comes back (reactivated); then the old check gets its permit. The reactivated account stays as it is: created,
    /// unsuspended, its one reminder for its new deadline.
    /// </summary>
    private async Task ReactivateWhileHeldAsync(AccountView account, IAccountGrain grain, PermitHold.Held held)
    {
        await LeaveAsync(grain);
        var reactivation = await grain.ReactivateAsync();

        // a check asked for now joins the one in flight, so this returns once the old check has finished
        var joined = grain.CheckDeadlineAsync();
        held.Release();
        var after = await joined;

        Assert.Equal(AccountStatus.Created, after!.View.Status);
        Assert.Equal(AccountStatus.Created, await StatusAsync(grain));
        Assert.False(cluster.Emulator.FindUser(account.UserId!)!.Suspended);
        var reminder = Assert.Single((await cluster.ReminderTable.ReadRows(grain.GetGrainId())).Reminders);
        Assert.Equal("deadline", reminder.ReminderName);
        Assert.InRange(reminder.StartAt, reactivation.DeadlineAt.UtcDateTime.AddMinutes(-1), reactivation.DeadlineAt.UtcDateTime.AddMinutes(1));
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
