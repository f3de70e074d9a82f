using System.Diagnostics;
using System.Globalization;
using Belajar.Directory.Emulator;
using Belajar.Grains.Lifecycle;
using Belajar.Hosting;
using Belajar.LocalServices;
using Npgsql;

namespace Belajar.Benchmarks;

/// <summary>
/// The deadline hour: N created, never-used accounts due at once, each decided by its own <c>deadline</c> reminder through
/// Orleans' reminder service (the project's due-window table on PostgreSQL) and the cluster's quota grain against the Directory
/// emulator; no benchmark code calls a check. One silo (PostgreSQL profile), the limiter (<c>Directory:QueriesPerMinute</c>)
/// and the emulator both at Q queries/min. The accounts are seeded without quota (<see cref="CreatedAccountSeeder"/>, through a
/// first silo's account storage), their reminder rows are copied in the silo's row format (<see cref="ReminderTableSeeder"/>)
/// starting a lead time after the copy, and a second silo starts over them with the deadline in the past. The sweep is timed
/// from the rows' start time until the last reminder has removed itself (each account removes its reminder after writing its
/// decision). Every other account is seeded as a sync in the deadline window leaves it (its status read since the deadline, no
/// sign-in: <c>DeadlineStatusReadAt</c>), so that the reuse of a fresh read (no <c>users.get</c>) is measured side by side with the
/// check that reads; calls are counted by method. Orleans' own counters tell ticks delivered from messages dropped as expired
/// (progress every 30 s on stderr). Quota used / quota = Directory calls / (Q × that time). <c>BELAJAR_BENCH_SWEEP</c> overrides N (default 20,000;
/// smoke 50), <c>BELAJAR_BENCH_SWEEP_QPM</c> overrides Q (default 12,000: the quota is scaled with N so that the sweep takes
/// minutes; the ratio is what is measured).
/// </summary>
public sealed class DeadlineSweepBenchmark : IBenchmark
{
    private const int AccountsPerSchool = 1_000;

    public string Name => "deadline-sweep";

    public async Task RunAsync(BenchmarkContext context)
    {
        var accounts = context.Smoke ? 50 : Env("BELAJAR_BENCH_SWEEP", 20_000);
        var queriesPerMinute = context.Smoke ? 6_000 : Env("BELAJAR_BENCH_SWEEP_QPM", 12_000);
        var lead = context.Smoke ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(90);
        var postgres = await LocalPostgres.StartAsync();
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0, QueriesPerMinute = queriesPerMinute });
        using var gauge = new ActiveRemindersGauge();
        using var ticks = new ReminderTickCounter();
        try
        {
            var database = await postgres.CreateDatabaseAsync("bench_sweep");
            await SchemaMigrator.ApplyAsync(database);
            List<string> keys;
            await using (var seeding = await ReminderSilo.StartAsync(database, emulator, gauge, 0, stockTable: false))
            {
                // every other account as a sync in the deadline window leaves it (its status read since the deadline, no sign-in)
                var syncedAt = DateTimeOffset.UtcNow;
                (keys, var seedRate) = await CreatedAccountSeeder.SeedAsync(
                    seeding.Services, emulator, accounts, AccountsPerSchool, DateTimeOffset.UtcNow.AddDays(-200), i => i % 2 == 0 ? syncedAt : null);
                context.Report("seeding created accounts (state + emulator user, no quota)", seedRate, "accounts/s");
            }

            var start = DateTime.UtcNow + lead;
            await ReminderTableSeeder.CopyAsync(database, ReminderSilo.ServiceId, keys.Select(k =>
                new ReminderTableSeeder.Row(GrainId.Create("account", k), "deadline", start, DeadlineSchedule.ReminderPeriod)));
            var callsBefore = emulator.Stats.Calls;
            var (getsBefore, patchesBefore) = (Method(emulator, "users.get"), Method(emulator, "users.patch"));
            var throttledBefore = emulator.Stats.Throttled;
            await using var silo = await ReminderSilo.StartAsync(database, emulator, gauge, accounts, stockTable: false, queriesPerMinute: queriesPerMinute);
            var loadedAhead = start - DateTime.UtcNow;
            var (deliveredBefore, expiredBefore) = (ticks.Delivered, ticks.Expired);
            var progress = Stopwatch.StartNew();
            await Poll.UntilAsync(async () =>
            {
                var pending = await PendingAsync(database);
                if (progress.Elapsed >= TimeSpan.FromSeconds(30))
                {
                    progress.Restart();
                    Console.Error.WriteLine($"{(DateTime.UtcNow - start).TotalSeconds,7:F0} s: {pending:N0} pending, {emulator.Stats.Calls - callsBefore:N0} calls, "
                        + $"{ticks.Delivered - deliveredBefore:N0} ticks delivered, {ticks.Expired - expiredBefore:N0} messages expired");
                }

                return pending;
            }, n => n == 0, lead + TimeSpan.FromMinutes(10 + (4.0 * accounts / queriesPerMinute)),
                "every account's deadline reminder to remove itself");
            var elapsed = DateTime.UtcNow - start;
            var calls = emulator.Stats.Calls - callsBefore;
            var quota = queriesPerMinute * elapsed.TotalMinutes;

            context.Output.WriteLine($"{accounts:N0} never-used accounts due at once, fired by their own reminders; limiter and emulator at {queriesPerMinute:N0} queries/min, one silo, PostgreSQL profile:");
            context.Report("reminders loaded this long before their start", loadedAhead.TotalSeconds, "s");
            context.Report("users suspended in the emulator", emulator.Store.Users.Count(u => u.Suspended), "users");
            context.Report("time to decide them all (from the reminders' start)", elapsed.TotalSeconds, "s");
            context.Report("Directory calls (read + suspend)", calls, "calls");
            context.Report("calls refused by the emulator's quota (403)", emulator.Stats.Throttled - throttledBefore, "calls");
            context.Report("reminder ticks delivered (Orleans' counter)", ticks.Delivered - deliveredBefore, "ticks");
            context.Report("messages dropped as expired (Orleans' counter)", ticks.Expired - expiredBefore, "messages");
            var synced = (accounts + 1) / 2;
            var gets = Method(emulator, "users.get") - getsBefore;
            var patches = Method(emulator, "users.patch") - patchesBefore;
            context.Report("users.get calls", gets, "calls");
            context.Report("users.patch calls", patches, "calls");
            context.Report("Directory calls per account, all", (double)calls / accounts, "calls");
            context.Report($"users.get per account without a fresh sync read ({accounts - synced:N0})", (double)gets / (accounts - synced), "calls");
            context.Report($"users.get calls left for the {synced:N0} accounts with a fresh sync read", gets - (accounts - synced), "calls");
            context.Report("quota used / quota", calls / quota, "x");
            if (emulator.Store.Users.Count(u => u.Suspended) != accounts)
            {
                throw new InvalidOperationException("Not every never-used account was suspended by its own reminder.");
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static long Method(DirectoryEmulator emulator, string method) => emulator.Stats.ByMethod.GetValueOrDefault(method);

    private static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>The <c>deadline</c> rows still in the table (an account removes its own once it has decided).</summary>
    private static async Task<long> PendingAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleans_reminders WHERE serviceid = @s AND remindername = 'deadline'", connection);
        command.Parameters.AddWithValue("s", ReminderSilo.ServiceId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
