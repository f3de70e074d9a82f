using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.LocalServices;

namespace Belajar.Lifecycle.Tests.Postgres;

/// <summary>
/// End to end on PostgreSQL: no test calls a check. Each account's own reminder, in the due-window reminder table, is loaded and
/// fired by Orleans' reminder service on the silo's clock.
/// </summary>
[Collection(PostgresLifecycleCollection.Name)]
public sealed class OwnDeadlineReminderTests(PostgresLifecycleCluster cluster)
{
    [Fact]
    public async Task Never_used_accounts_and_a_learner_removed_by_a_delta_run_are_suspended_by_their_own_reminders_a_used_one_is_not()
    {
        var (school, specs, accounts) = await cluster.ProvisionSchoolAsync(4);
        var used = accounts[0];
        var leaver = accounts[3];
        await cluster.SignInAsync(used);

        // a delta run without the leaver: the school forgets it (the leaver policy is off), nothing else knows the account
        Assert.False(cluster.Options.SuspendLeavers);
        var schoolGrain = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        await schoolGrain.AcceptRosterAsync(new SchoolProvisioning(
            $"run-pg-{school.Npsn}-2", school, specs.Where(s => s.AccountKey != leaver.AccountKey).ToList()));
        await Poll.UntilAsync(
            () => schoolGrain.GetAccountsAsync(null), v => v.Count == 3 && v.All(a => a.AccountKey != leaver.AccountKey),
            TimeSpan.FromSeconds(60), "the delta run to drop the leaver from the school's records");

        var dues = accounts.ToDictionary(a => a.AccountKey, cluster.DueAt);
        foreach (var account in accounts)
        {
            var row = await cluster.ReadRowAsync(Grain(account).GetGrainId(), "deadline");
            Assert.NotNull(row); // the account's own row, registered at creation
            Assert.InRange(row.StartAt, dues[account.AccountKey].UtcDateTime.AddSeconds(-1), dues[account.AccountKey].UtcDateTime.AddSeconds(1));
        }

        var early = new List<string>();
        await LifecycleCluster.StepUntilAsync(
            PostgresLifecycleCluster.Clock, dues.Values.Min().AddMinutes(-12), TimeSpan.FromSeconds(30),
            async () =>
            {
                foreach (var account in accounts)
                {
                    if (await StatusAsync(account) is AccountStatus.Created or AccountStatus.Distributed)
                    {
                        return false;
                    }
                }

                return true;
            },
            "every account's own reminder to decide it",
            async now =>
            {
                foreach (var account in accounts.Where(a => now < dues[a.AccountKey]))
                {
                    if (await StatusAsync(account) is AccountStatus.Deactivated) // a sync may activate the used one early
                    {
                        early.Add($"{account.AccountKey} at {now:O}");
                    }
                }
            });

        Assert.Empty(early);
        Assert.Equal(AccountStatus.Activated, await StatusAsync(used));
        Assert.False(cluster.Emulator.FindUser(used.UserId!)!.Suspended);
        foreach (var account in accounts.Skip(1))
        {
            Assert.Equal(AccountStatus.Deactivated, await StatusAsync(account));
            Assert.True(cluster.Emulator.FindUser(account.UserId!)!.Suspended, $"{account.AccountKey} suspended in Google");
        }

        foreach (var account in accounts)
        {
            Assert.Null(await cluster.ReadRowAsync(Grain(account).GetGrainId(), "deadline"));
        }
    }

    [Fact]
    public async Task A_schools_old_deadline_reminder_hands_over_to_its_accounts_and_removes_itself()
    {
        var (school, _, accounts) = await cluster.ProvisionSchoolAsync(2);
        var schoolId = cluster.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).GetGrainId();
        var lost = accounts[1];
        var lostRow = await cluster.ReadRowAsync(Grain(lost).GetGrainId(), "deadline");
        Assert.True(await cluster.ReminderTable.RemoveRow(lostRow!.GrainId, "deadline", lostRow.ETag!)); // an account without its row

        // the per-school reminder a school stored earlier, due soon
        var start = PostgresLifecycleCluster.Clock.GetUtcNow().AddMinutes(15);
        await cluster.ReminderTable.UpsertRow(new ReminderEntry
        {
            GrainId = schoolId, ReminderName = "deadline", StartAt = start.UtcDateTime, Period = TimeSpan.FromDays(1),
        });

        await LifecycleCluster.StepUntilAsync(
            PostgresLifecycleCluster.Clock, start.AddMinutes(-12), TimeSpan.FromSeconds(30),
            async () => await cluster.ReadRowAsync(schoolId, "deadline") is null && await cluster.ReadRowAsync(lostRow.GrainId, "deadline") is not null,
            "the school's old reminder to hand over and remove itself");

        var back = await cluster.ReadRowAsync(lostRow.GrainId, "deadline");
        var due = cluster.DueAt(lost);
        Assert.InRange(back!.StartAt, due.UtcDateTime.AddSeconds(-1), due.UtcDateTime.AddSeconds(1)); // registered again for its own due time
        Assert.NotNull(await cluster.ReadRowAsync(Grain(accounts[0]).GetGrainId(), "deadline"));
        Assert.All(accounts, a => Assert.False(cluster.Emulator.FindUser(a.UserId!)!.Suspended)); // handed over, not checked early
    }

    private IAccountGrain Grain(AccountView account) => cluster.Grains.GetGrain<IAccountGrain>(account.AccountKey);

    private async Task<AccountStatus?> StatusAsync(AccountView account) => (await Grain(account).GetAsync())?.Status;
}
