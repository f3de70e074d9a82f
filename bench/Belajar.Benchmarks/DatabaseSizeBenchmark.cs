using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;
using Npgsql;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 20: PostgreSQL bytes per account, table by table, for sizing the national database. A real provisioning run on the
/// PostgreSQL profile (one silo of the real hosting configuration, service id <c>belajar</c> as the hosts', the Directory
/// emulator without quota) at two sizes, each on a fresh database of the same throwaway server; after each run every table is
/// measured as the run left it, after <c>VACUUM (ANALYZE)</c> and after <c>VACUUM FULL</c>, the grain state per state name as a
/// compact table of its own, the reminder rows per name, and the write-ahead log the run wrote (server-wide: the run's database
/// is the only one written meanwhile; the throwaway server runs <c>full_page_writes=off</c> unless <c>BELAJAR_PG_SETTINGS</c>
/// says <c>-c full_page_writes=on</c>). The difference between the two sizes per extra account separates
/// the fixed overhead from what grows with the accounts. Sizes: <c>BELAJAR_BENCH_DB_LEARNERS</c> (two learner counts,
/// default <c>50000,200000</c>), schools of <c>BELAJAR_BENCH_LEARNERS_PER_SCHOOL</c> learner rows (default 360: ~259
/// accounts a school, the national average of 57 million accounts in ~220,000 schools).
/// </summary>
public sealed class DatabaseSizeBenchmark : IBenchmark
{
    public string Name => "database-size";

    public async Task RunAsync(BenchmarkContext context)
    {
        var sizes = context.Smoke ? [600, 1_200]
            : (Environment.GetEnvironmentVariable("BELAJAR_BENCH_DB_LEARNERS") ?? "50000,200000").Split(',').Select(int.Parse).ToArray();
        var perSchool = int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_LEARNERS_PER_SCHOOL"), out var p) ? p : 360;
        if (sizes.Length != 2 || sizes[0] >= sizes[1])
        {
            throw new ArgumentException("BELAJAR_BENCH_DB_LEARNERS must be two learner counts, the smaller first, e.g. 50000,200000.");
        }

        var postgres = await LocalPostgres.StartAsync();
        try
        {
            var measured = new List<Measurement>();
            foreach (var learners in sizes)
            {
                var measurement = await MeasureAsync(postgres, learners, perSchool);
                DatabaseSizeReport.WriteSize(context.Output, measurement);
                measured.Add(measurement);
            }

            DatabaseSizeReport.WriteLinearity(context, measured[0], measured[1]);
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<Measurement> MeasureAsync(LocalPostgres postgres, int learners, int learnersPerSchool)
    {
        var schools = Math.Max(1, (int)Math.Round(learners / (double)learnersPerSchool));
        var snapshot = Path.Combine(Path.GetTempPath(), $"belajar-dbsize-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(snapshot, new SyntheticSnapshotOptions { Learners = learners, Schools = schools, Seed = 20 });
        try
        {
            var database = await postgres.CreateDatabaseAsync("bench_dbsize");
            var walBefore = await DatabaseSizes.WalPositionAsync(database);
            var (status, elapsed) = await ProvisionAsync(database, snapshot);
            NpgsqlConnection.ClearAllPools();
            var wal = await DatabaseSizes.WalPositionAsync(database) - walBefore;
            var afterRun = await DatabaseSizes.TablesAsync(database);
            var reminders = await DatabaseSizes.RemindersAsync(database);
            var stopwatch = Stopwatch.StartNew();
            await DatabaseSizes.ExecuteAsync(database, "VACUUM (ANALYZE)");
            var vacuumTime = stopwatch.Elapsed;
            var afterVacuum = await DatabaseSizes.TablesAsync(database);
            stopwatch.Restart();
            await DatabaseSizes.ExecuteAsync(database, "VACUUM FULL");
            var fullTime = stopwatch.Elapsed;
            var afterFull = await DatabaseSizes.TablesAsync(database);
            var states = await DatabaseSizes.StatesAsync(database);
            return new Measurement(
                learners, status.SchoolsTotal, status.AccountsCreated, elapsed, wal, vacuumTime, fullTime, afterRun, afterVacuum, afterFull, states, reminders);
        }
        finally
        {
            System.IO.Directory.Delete(snapshot, recursive: true);
        }
    }

    /// <summary>A real run of the snapshot to <c>Completed</c>; every eligible account must be created, once, in the emulator.</summary>
    private static async Task<(RunStatus Status, TimeSpan Elapsed)> ProvisionAsync(string database, string snapshot)
    {
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var cluster = await ProvisioningBenchCluster.StartAsync(database, emulator, silos: 1, queriesPerMinute: 0, serviceId: "belajar");
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var grain = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run($"run-{DateTime.UtcNow:yyyyMMdd-HHmmss}-0020"));
            await grain.StartAsync(new RunRequest(snapshot, DryRun: false));
            var status = await Poll.UntilAsync(
                async () => (await grain.GetStatusAsync())!,
                s => s.State is RunState.Completed or RunState.Failed,
                TimeSpan.FromMinutes(60),
                "the run to complete");
            var elapsed = stopwatch.Elapsed;
            var users = emulator.Users.Count(u => u.ExternalIds.Count > 0);
            if (status.State != RunState.Completed || status.AccountsFailed != 0 || status.AccountsCreated != status.AccountsEligible
                || users != status.AccountsCreated)
            {
                throw new InvalidOperationException($"The run did not create every account once ({users} users in the emulator): {status}");
            }

            return (status, elapsed);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>One size: the run and what the database holds after it.</summary>
    internal sealed record Measurement(
        int Learners, int Schools, long Accounts, TimeSpan RunTime, long WalBytes, TimeSpan VacuumTime, TimeSpan VacuumFullTime,
        Dictionary<string, DatabaseSizes.Table> AfterRun, Dictionary<string, DatabaseSizes.Table> AfterVacuum,
        Dictionary<string, DatabaseSizes.Table> AfterVacuumFull, Dictionary<string, DatabaseSizes.State> States,
        Dictionary<string, long> Reminders);
}
