using System.Diagnostics;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 7: many per-account deadline reminders on one silo with the PostgreSQL profile. Fills the reminder table (the rows
/// that N created accounts would register), then starts a fresh silo over it and over an empty table side by side: managed
/// memory and start time of the silo, and the cost of one reminder-table refresh (the range read the reminder service repeats
/// every <c>RefreshReminderListPeriod</c>). <c>BELAJAR_BENCH_REMINDERS</c> overrides the count (default 100,000).
/// </summary>
public sealed class DeadlineReminderBenchmark : IBenchmark
{
    private const int Concurrency = 64;

    public string Name => "deadline-reminders";

    public async Task RunAsync(BenchmarkContext context)
    {
        var count = context.Smoke ? 500
            : int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_REMINDERS"), out var n) ? n : 100_000;
        var postgres = new PostgresFixture();
        await postgres.InitializeAsync();
        try
        {
            var empty = await postgres.CreateDatabaseAsync("bench_reminders_empty");
            var full = await postgres.CreateDatabaseAsync("bench_reminders_full");
            var fillRate = await FillAsync(full, count);
            var baseline = await StartAndMeasureAsync(empty);
            var loaded = await StartAndMeasureAsync(full);
            context.Output.WriteLine($"{count:N0} deadline reminders (one per account), one silo, PostgreSQL profile:");
            context.Report("reminder rows written (upsert, concurrency 64)", fillRate, "rows/s");
            context.Report("silo start to ready, empty table", baseline.Start.TotalSeconds, "s");
            context.Report($"silo start to ready, {count:N0} reminders", loaded.Start.TotalSeconds, "s");
            context.Report("managed heap held by the running silo, empty table", baseline.HeapMb, "MB");
            context.Report($"managed heap held by the running silo, {count:N0} reminders", loaded.HeapMb, "MB");
            context.Report("managed heap per reminder", (loaded.HeapMb - baseline.HeapMb) * 1024 * 1024 / count, "bytes");
            context.Report("process working set, empty table", baseline.WorkingSetMb, "MB");
            context.Report($"process working set, {count:N0} reminders", loaded.WorkingSetMb, "MB");
            context.Report("one reminder-table refresh (full range read), empty", baseline.Refresh.TotalMilliseconds, "ms");
            context.Report($"one reminder-table refresh (full range read), {count:N0}", loaded.Refresh.TotalMilliseconds, "ms");
            context.Report("refresh cost per reminder", loaded.Refresh.TotalMilliseconds * 1000 / count, "µs");
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    /// <summary>Writes the rows N accounts register: one reminder "deadline" per account grain, due within a 30-minute window in 30 days.</summary>
    private static async Task<double> FillAsync(string connectionString, int count)
    {
        var builder = BelajarTestCluster.CreateBuilder(connectionString, silos: 1);
        builder.Options.ServiceId = "bench-reminders"; // reminder rows are keyed by service id: the same for every silo started
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var table = Services(cluster).GetRequiredService<IReminderTable>();
            var start = DateTime.UtcNow.AddDays(30);
            var next = -1;
            var stopwatch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    await table.UpsertRow(new ReminderEntry
                    {
                        GrainId = GrainId.Create("account", $"pd-bench-{i}"),
                        ReminderName = "deadline",
                        StartAt = start.AddSeconds(i % 1800),
                        Period = TimeSpan.FromDays(1),
                    });
                }
            }));
            return count / stopwatch.Elapsed.TotalSeconds;
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static async Task<(TimeSpan Start, double HeapMb, double WorkingSetMb, TimeSpan Refresh)> StartAndMeasureAsync(string connectionString)
    {
        var stopwatch = Stopwatch.StartNew();
        var builder = BelajarTestCluster.CreateBuilder(connectionString, silos: 1);
        builder.Options.ServiceId = "bench-reminders"; // reminder rows are keyed by service id: the same for every silo started
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var started = stopwatch.Elapsed;
        try
        {
            var table = Services(cluster).GetRequiredService<IReminderTable>();
            await table.ReadRows(0, 1); // warm the connection
            stopwatch.Restart();
            var rows = await table.ReadRows(0, uint.MaxValue); // the whole ring, as one silo owns it
            var refresh = stopwatch.Elapsed;
            Console.WriteLine($"  (refresh read {rows.Reminders.Count:N0} rows)");
            rows = null;
            var running = GC.GetTotalMemory(forceFullCollection: true);
            var workingSet = Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0;
            await cluster.DisposeAsync();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var heap = (running - GC.GetTotalMemory(forceFullCollection: true)) / 1024.0 / 1024.0; // what the running silo held
            return (started, heap, workingSet, refresh);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private static IServiceProvider Services(TestCluster cluster) => ((InProcessSiloHandle)cluster.Silos[0]).SiloHost!.Services;
}
