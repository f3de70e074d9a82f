using System.Diagnostics;
using Belajar.Abstractions.Accounts;
using Belajar.Directory.Emulator;
using Belajar.Hosting;
using Belajar.LocalServices;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 7: N per-account deadline reminders on one silo with the PostgreSQL profile, against the alternative of one reminder
/// per school (~1,000 accounts each) that fans out to its accounts, side by side in one run. Rows are written by COPY in the
/// silo's own row format (<see cref="ReminderTableSeeder"/>); a few rows due soon, for real account grains, must fire and remove
/// themselves, which proves the silo loads what was copied. Figures: heap and working set before/after each silo's start, time
/// to ready and to its reminders loaded, one reminder-table refresh, and the fan-out's rate of deadline checks.
/// <c>BELAJAR_BENCH_REMINDERS</c> overrides N (default 1,000,000; smoke 2,000).
/// </summary>
public sealed class DeadlineReminderBenchmark : IBenchmark
{
    private const int AccountsPerSchool = 1_000;
    private const int VerifyRows = 5;

    public string Name => "deadline-reminders";

    public async Task RunAsync(BenchmarkContext context)
    {
        var count = context.Smoke ? 2_000
            : int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_REMINDERS"), out var n) ? n : 1_000_000;
        var schools = Math.Max(2, count / AccountsPerSchool);
        var fanOutAccounts = context.Smoke ? 100 : 10_000;
        var verifyDelay = context.Smoke ? TimeSpan.FromSeconds(4) : TimeSpan.FromMinutes(3);
        var due = DateTime.UtcNow.AddDays(30);

        var postgres = await LocalPostgres.StartAsync();
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        using var gauge = new ActiveRemindersGauge();
        try
        {
            var empty = await DatabaseAsync(postgres, "bench_rem_empty");
            var perSchool = await DatabaseAsync(postgres, "bench_rem_school");
            var perAccount = await DatabaseAsync(postgres, "bench_rem_account");
            var accountRows = Enumerable.Range(0, count).Select(i => new ReminderTableSeeder.Row(
                GrainId.Create("account", $"pd-bench{i:D7}"), "deadline", due.AddSeconds(i % 1800), TimeSpan.FromDays(1)));
            var copyRate = await ReminderTableSeeder.CopyAsync(perAccount, ReminderSilo.ServiceId, accountRows);
            await ReminderTableSeeder.CopyAsync(perSchool, ReminderSilo.ServiceId, Enumerable.Range(0, schools).Select(s => new ReminderTableSeeder.Row(
                GrainId.Create("school", $"npsn-{80000000 + s}"), "deadline", due.AddSeconds(s % 1800), TimeSpan.FromDays(1))));

            context.Output.WriteLine($"{count:N0} per-account deadline reminders vs {schools:N0} per-school reminders, one silo each, PostgreSQL profile:");
            context.Report("rows written by COPY (silo's row format)", copyRate, "rows/s");
            context.Report("reminder table on disk, per-account", await ReminderTableSeeder.TableSizeMbAsync(perAccount), "MB");
            context.Report("reminder table on disk, per-school", await ReminderTableSeeder.TableSizeMbAsync(perSchool), "MB");

            double emptyHeap;
            await using (var silo = await ReminderSilo.StartAsync(empty, emulator, gauge, 0, null))
            {
                await ReportAsync(context, "empty table", silo);
                emptyHeap = silo.Figures.HeapAfterMb;
            }

            await using (var silo = await ReminderSilo.StartAsync(perSchool, emulator, gauge, 0, null))
            {
                await ReportAsync(context, $"{schools:N0} school reminders", silo);
                await FanOutAsync(context, silo, emulator, fanOutAccounts);
            }

            // rows due soon for real account grains (no state): when they fire, the grain's check removes its reminder
            var verify = Enumerable.Range(0, VerifyRows).Select(i => GrainId.Create("account", $"pd-verify{i}")).ToList();
            await ReminderTableSeeder.CopyAsync(perAccount, ReminderSilo.ServiceId,
                verify.Select(g => new ReminderTableSeeder.Row(g, "deadline", DateTime.UtcNow + verifyDelay, TimeSpan.FromMinutes(1))));
            await using (var silo = await ReminderSilo.StartAsync(perAccount, emulator, gauge, VerifyRows, null))
            {
                await ReportAsync(context, $"{count:N0} account reminders, default loading window (10 min)", silo);
                var stopwatch = Stopwatch.StartNew();
                await Poll.UntilAsync(
                    () => ReminderTableSeeder.CountAsync(perAccount, ReminderSilo.ServiceId, verify, "deadline"), c => c == 0,
                    verifyDelay + TimeSpan.FromMinutes(3), "the copied rows due soon to fire and remove themselves");
                context.Report($"copied rows due soon that fired and removed themselves (of {VerifyRows})", VerifyRows, "rows");
                context.Report("  waited for them after the measurements", stopwatch.Elapsed.TotalSeconds, "s");
            }

            // the deadline hour: every reminder within the loading window, so the silo holds all of them in memory
            await using (var silo = await ReminderSilo.StartAsync(perAccount, emulator, gauge, count, TimeSpan.FromDays(31)))
            {
                await ReportAsync(context, $"{count:N0} account reminders, all within the loading window", silo);
                context.Report("  managed heap per loaded reminder (running heap − the empty-table silo's)", (silo.Figures.HeapAfterMb - emptyHeap) * 1024 * 1024 / count, "bytes");
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<string> DatabaseAsync(LocalPostgres postgres, string prefix)
    {
        var connectionString = await postgres.CreateDatabaseAsync(prefix);
        await SchemaMigrator.ApplyAsync(connectionString);
        return connectionString;
    }

    private static async Task ReportAsync(BenchmarkContext context, string what, ReminderSilo silo)
    {
        var start = silo.Figures;
        var refresh = await silo.RefreshAsync();
        context.Output.WriteLine($"- {what}:");
        context.Report("  silo start to ready (DeployAsync)", start.ToReady.TotalSeconds, "s");
        if (start.ToLoaded is { } loaded)
        {
            context.Report($"  silo start to reminders loaded ({start.Loaded:N0} in memory)", loaded.TotalSeconds, "s");
        }

        context.Report("  managed heap before start / running", start.HeapBeforeMb, $"MB / {start.HeapAfterMb:N1} MB");
        context.Report("  working set before start / running", start.WorkingSetBeforeMb, $"MB / {start.WorkingSetAfterMb:N1} MB");
        context.Report($"  one refresh (range read of the ring: {refresh.Rows:N0} rows)", refresh.Elapsed.TotalMilliseconds, "ms");
        context.Report("  allocated by that refresh", refresh.AllocatedMb, "MB");
    }

    /// <summary>
    /// The alternative's work when a school's reminder fires: the deadline check of each of its accounts (created, never used,
    /// due), 64 in flight, against the emulator without quota: what the fan-out can deliver, to set against the quota.
    /// </summary>
    private static async Task FanOutAsync(BenchmarkContext context, ReminderSilo silo, DirectoryEmulator emulator, int accounts)
    {
        var (keys, _) = await CreatedAccountSeeder.SeedAsync(silo.Services, emulator, accounts, AccountsPerSchool, DateTimeOffset.UtcNow.AddDays(-200));
        var calls = emulator.Stats.Calls;
        var next = -1;
        var deactivated = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < keys.Count)
            {
                var record = await silo.Cluster.Client.GetGrain<IAccountGrain>(keys[i]).CheckDeadlineAsync();
                if (record?.View.Status == AccountStatus.Deactivated)
                {
                    Interlocked.Increment(ref deactivated);
                }
            }
        }));
        var elapsed = stopwatch.Elapsed;
        context.Report($"  fan-out: deadline checks of {accounts:N0} due accounts ({deactivated:N0} suspended)", accounts / elapsed.TotalSeconds, "accounts/s");
        context.Report("  fan-out: Directory calls", (emulator.Stats.Calls - calls) / elapsed.TotalSeconds, "calls/s");
    }
}
