using System.Diagnostics;
using Belajar.Directory.Emulator;
using Belajar.Hosting;
using Belajar.LocalServices;

namespace Belajar.Benchmarks;

/// <summary>
/// N per-account deadline reminder rows on one silo with the PostgreSQL profile, read by the project's due-window reminder
/// table and by Orleans' stock ADO.NET table, side by side in one run over the same table. The rows are written by COPY in the
/// silo's row format (<see cref="ReminderTableSeeder"/>): N due over four weeks starting two weeks out, D rows starting 12–18
/// minutes after the start (inside the read's horizon, outside the loading window: read by every refresh, not yet loaded), and
/// a few rows due within minutes for real account grains, which must fire and remove themselves (the silo on the new read loads
/// what is due). Figures per silo: time to ready, heap and working set before/after its start, one refresh (the reminder
/// service's range read of the whole ring) and what it allocates. <c>BELAJAR_BENCH_REMINDERS</c> overrides N (default
/// 1,000,000; smoke 2,000), <c>BELAJAR_BENCH_REMINDERS_DUE</c> overrides D (default 10,000; smoke 20).
/// </summary>
public sealed class DeadlineReminderBenchmark : IBenchmark
{
    private const int VerifyRows = 5;
    private const int Refreshes = 5;

    public string Name => "deadline-reminders";

    public async Task RunAsync(BenchmarkContext context)
    {
        var count = context.Smoke ? 2_000 : Env("BELAJAR_BENCH_REMINDERS", 1_000_000);
        var dueCount = context.Smoke ? 20 : Env("BELAJAR_BENCH_REMINDERS_DUE", 10_000);
        var verifyDelay = context.Smoke ? TimeSpan.FromSeconds(4) : TimeSpan.FromMinutes(2);
        var now = DateTime.UtcNow;
        var first = now.AddDays(14);
        var spread = TimeSpan.FromDays(28);

        var postgres = await LocalPostgres.StartAsync();
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        using var gauge = new ActiveRemindersGauge();
        try
        {
            var empty = await DatabaseAsync(postgres, "bench_rem_empty");
            var table = await DatabaseAsync(postgres, "bench_rem_account");
            var far = Enumerable.Range(0, count).Select(i => new ReminderTableSeeder.Row(
                GrainId.Create("account", $"pd-bench{i:D8}"), "deadline", first + spread * ((double)i / count), TimeSpan.FromMinutes(15)));
            var soon = Enumerable.Range(0, dueCount).Select(i => new ReminderTableSeeder.Row( // a name the account ignores: ticks stay cheap
                GrainId.Create("account", $"pd-due{i:D8}"), "bench-due", now.AddMinutes(12) + TimeSpan.FromMinutes(6) * ((double)i / dueCount), TimeSpan.FromMinutes(15)));
            var copyRate = await ReminderTableSeeder.CopyAsync(table, ReminderSilo.ServiceId, far.Concat(soon));

            context.Output.WriteLine($"{count:N0} per-account deadline rows due over 28 days from 14 days out, {dueCount:N0} starting 12–18 min out; one silo, PostgreSQL profile:");
            context.Report("rows written by COPY (silo's row format, with the start-time index)", copyRate, "rows/s");
            context.Report("reminder table on disk (heap + indexes)", await ReminderTableSeeder.TableSizeMbAsync(table), "MB");

            await using (var silo = await ReminderSilo.StartAsync(empty, emulator, gauge, 0, stockTable: false))
            {
                await ReportAsync(context, "empty table, due-window read", silo);
            }

            // rows due within minutes for real account grains (no state): when they fire, the grain's check removes its reminder
            var verify = Enumerable.Range(0, VerifyRows).Select(i => GrainId.Create("account", $"pd-verify{i}")).ToList();
            await ReminderTableSeeder.CopyAsync(table, ReminderSilo.ServiceId,
                verify.Select(g => new ReminderTableSeeder.Row(g, "deadline", DateTime.UtcNow + verifyDelay, TimeSpan.FromMinutes(15))));
            await using (var silo = await ReminderSilo.StartAsync(table, emulator, gauge, 0, stockTable: false))
            {
                await ReportAsync(context, $"{count + dueCount:N0} rows, due-window read", silo);
                var stopwatch = Stopwatch.StartNew();
                await Poll.UntilAsync(
                    () => ReminderTableSeeder.CountAsync(table, ReminderSilo.ServiceId, verify, "deadline"), c => c == 0,
                    verifyDelay + TimeSpan.FromMinutes(3), "the copied rows due soon to fire and remove themselves");
                context.Report($"  rows due within minutes that fired and removed themselves (of {VerifyRows})", VerifyRows, "rows");
                context.Report("  waited for them after the measurements", stopwatch.Elapsed.TotalSeconds, "s");
            }

            await using (var silo = await ReminderSilo.StartAsync(table, emulator, gauge, 0, stockTable: true))
            {
                await ReportAsync(context, $"{count + dueCount:N0} rows, stock ADO.NET read", silo);
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static int Env(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var n) ? n : fallback;

    private static async Task<string> DatabaseAsync(LocalPostgres postgres, string prefix)
    {
        var connectionString = await postgres.CreateDatabaseAsync(prefix);
        await SchemaMigrator.ApplyAsync(connectionString);
        return connectionString;
    }

    private static async Task ReportAsync(BenchmarkContext context, string what, ReminderSilo silo)
    {
        var start = silo.Figures;
        var refreshes = new List<(TimeSpan Elapsed, int Rows, double AllocatedMb)>();
        for (var i = 0; i < (silo.StockTable ? 1 : Refreshes); i++)
        {
            refreshes.Add(await silo.RefreshAsync());
        }

        var refresh = refreshes.OrderBy(r => r.Elapsed).ElementAt(refreshes.Count / 2);
        context.Output.WriteLine($"- {what}:");
        context.Report("  silo start to ready (DeployAsync)", start.ToReady.TotalSeconds, "s");
        context.Report("  managed heap before start / running", start.HeapBeforeMb, $"MB / {start.HeapAfterMb:N1} MB");
        context.Report("  working set before start / running", start.WorkingSetBeforeMb, $"MB / {start.WorkingSetAfterMb:N1} MB");
        context.Report($"  one refresh, median of {refreshes.Count} (range read of the ring: {refresh.Rows:N0} rows)", refresh.Elapsed.TotalMilliseconds, "ms");
        context.Report("  allocated by that refresh", refresh.AllocatedMb, "MB");
    }
}
