using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 5: end-to-end accounts per second of a real provisioning run on the PostgreSQL profile (throwaway server, one silo of
/// the real hosting configuration) against the Directory emulator without quota on loopback, over a synthetic snapshot of
/// <c>BELAJAR_BENCH_LEARNERS</c> learners (default 100,000). Side by side, in the same process and on the same server: the
/// same number of durable writes per account (counted by PostgreSQL) with plain Npgsql at the same concurrency.
/// </summary>
public sealed class ProvisioningEndToEndBenchmark : IBenchmark
{
    public string Name => "provisioning-e2e";

    public async Task RunAsync(BenchmarkContext context)
    {
        var learners = context.Smoke ? 800
            : int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_LEARNERS"), out var n) ? n : 100_000;
        var warmUp = context.Smoke ? 0
            : int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_WARMUP"), out var w) ? w : 30_000;
        var snapshot = Path.Combine(Path.GetTempPath(), $"belajar-e2e-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(snapshot, new SyntheticSnapshotOptions { Learners = learners, Seed = 5 });
        var postgres = await LocalPostgres.StartAsync();
        try
        {
            if (warmUp > 0)
            {
                await WarmUpAsync(postgres, warmUp, context.Output);
            }

            var database = await postgres.CreateDatabaseAsync("bench_e2e");
            var run = await RunAsync(database, snapshot);
            var statements = await StatementStats.ResetAsync(database);
            var baselineCpu = CpuMeter.Start(database);
            var baseline = await new NpgsqlWriteBaseline(Belajar.Hosting.BelajarProfile.Tune(database), run.PayloadBytes).RunAsync(
                new NpgsqlWriteBaseline.Plan(run.Accounts, run.StateWrites, run.ReminderWrites, run.Concurrency));
            var baselineUse = baselineCpu.Stop();
            if (statements)
            {
                await StatementStats.WriteAsync(database, run.Accounts, Console.Out);
            }
            var directory = await DirectoryInsertProbe.RunAsync(run.Accounts, run.Concurrency);
            Report(context, learners, run, baseline, baselineUse, directory);
        }
        finally
        {
            await postgres.DisposeAsync();
            System.IO.Directory.Delete(snapshot, recursive: true);
        }
    }

    /// <summary>
    /// A run of <paramref name="learners"/> on a cluster and database of its own, thrown away: the process then has the compiled
    /// code a silo has after its first minutes, as in a national run of days (and as the baseline, which runs after the run, has
    /// Npgsql's). <c>BELAJAR_BENCH_WARMUP=0</c> measures a cold silo.
    /// </summary>
    private static async Task WarmUpAsync(LocalPostgres postgres, int learners, TextWriter output)
    {
        var snapshot = Path.Combine(Path.GetTempPath(), $"belajar-e2e-warm-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(snapshot, new SyntheticSnapshotOptions { Learners = learners, Seed = 6 });
        try
        {
            var warm = await RunAsync(await postgres.CreateDatabaseAsync("bench_e2e_warm"), snapshot, quiet: true);
            output.WriteLine($"  warm-up: {warm.Accounts:N0} accounts on a cluster and database of their own, {warm.Elapsed.TotalSeconds:N1} s, not counted");
        }
        finally
        {
            System.IO.Directory.Delete(snapshot, recursive: true);
        }
    }

    private static async Task<RunFigures> RunAsync(string database, string snapshot, bool quiet = false)
    {
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var cluster = await ProvisioningBenchCluster.StartAsync(database, emulator, silos: 1, queriesPerMinute: 0);
        try
        {
            var options = ProvisioningBenchCluster.Services(cluster).GetRequiredService<IOptions<ProvisioningOptions>>().Value;
            var before = await TableWriteCounter.ReadAsync(database);
            var statements = await StatementStats.ResetAsync(database);
            using var jit = JitListener.StartIfAsked();
            var cpu = CpuMeter.Start(database);
            var (jitMethods, jitTime, gcPause, gcCount) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            var stopwatch = Stopwatch.StartNew();
            var runId = $"run-e2e-{Guid.NewGuid():N}"[..20];
            var grain = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId));
            await grain.StartAsync(new RunRequest(snapshot, DryRun: false));
            var status = await Poll.UntilAsync(
                async () => (await grain.GetStatusAsync())!,
                s => s.State is RunState.Completed or RunState.Failed,
                TimeSpan.FromMinutes(30),
                "the run to complete");
            var elapsed = stopwatch.Elapsed;
            var cpuUsed = cpu.Stop();
            if (!quiet)
            {
                Console.WriteLine(
                    $"  during the run: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods:N0} methods compiled in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds:N2} s, " +
                    $"{GC.CollectionCount(0) - gcCount:N0} GCs paused {(GC.GetTotalPauseDuration() - gcPause).TotalSeconds:N2} s");
            }

            foreach (var (method, count) in jit?.Top(25) ?? [])
            {
                Console.WriteLine($"  jit: {count,6:N0} {method}");
            }

            var writes = TableWriteCounter.Delta(before, await TableWriteCounter.ReadAsync(database));
            if (statements && !quiet)
            {
                await StatementStats.WriteAsync(database, (int)status.AccountsCreated, Console.Out);
            }

            await VerifyAsync(cluster, emulator, snapshot, status);
            var payload = await AveragePayloadAsync(database);
            var stateWrites = writes.Where(w => w.Key == "orleans_storage").Sum(w => w.Value);
            var reminderWrites = writes.Where(w => w.Key == "orleans_reminders").Sum(w => w.Value);
            return new RunFigures(
                (int)status.AccountsCreated, elapsed, cpuUsed, writes, stateWrites, reminderWrites, payload,
                options.SchoolsInFlight * options.AccountsPerSchool, options, status);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Every eligible account is Created, and the emulator holds exactly one user per account.</summary>
    private static async Task VerifyAsync(TestCluster cluster, DirectoryEmulator emulator, string snapshot, RunStatus status)
    {
        if (status.State != RunState.Completed || status.AccountsFailed != 0 || status.AccountsCreated != status.AccountsEligible)
        {
            throw new InvalidOperationException($"The run did not create every account: {status}");
        }

        long created = 0;
        await foreach (var npsn in SnapshotSchools.NpsnsAsync(snapshot))
        {
            var accounts = await cluster.Client.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).GetAccountsAsync(null);
            created += accounts.Count(a => a.Status == AccountStatus.Created && a.GoogleUserId is not null);
        }

        var users = emulator.Users.Count(u => u.ExternalIds.Count > 0);
        if (created != status.AccountsEligible || users != created)
        {
            throw new InvalidOperationException(
                $"{status.AccountsEligible} eligible, {created} accounts Created with a Google id, {users} users in the emulator: they must be equal.");
        }
    }

    private static async Task<int> AveragePayloadAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(avg(octet_length(payloadbinary)), 0)::int FROM orleans_storage", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static void Report(BenchmarkContext context, int learners, RunFigures run, TimeSpan baseline, (double Process, double Postgres, double Machine, TimeSpan Wall) baselineCpu,
        (TimeSpan Wall, TimeSpan Cpu) directory)
    {
        var rate = run.Accounts / run.Elapsed.TotalSeconds;
        var baselineRate = run.Accounts / baseline.TotalSeconds;
        var totalWrites = run.Writes.Values.Sum();
        context.Output.WriteLine(
            $"{learners:N0} learner rows, {run.Status.SchoolsTotal:N0} schools, {run.Accounts:N0} accounts (learners, PTK, heads, operators); one silo, " +
            $"PostgreSQL profile, emulator without quota; {run.Options.SchoolsInFlight} schools x {run.Options.AccountsPerSchool} accounts in flight");
        context.Output.WriteLine($"  durable writes by table: {string.Join(", ", run.Writes.OrderByDescending(w => w.Value).Select(w => $"{w.Key} {w.Value:N0}"))}");
        context.Report("run: accounts per second (start to Completed)", rate, "accounts/s");
        context.Report("baseline (plain Npgsql, same writes, same concurrency)", baselineRate, "accounts/s");
        context.Report("run / baseline", rate / baselineRate, "x");
        context.Report("durable writes per account (all tables)", (double)totalWrites / run.Accounts, "writes");
        context.Report("  of which grain state", (double)run.StateWrites / run.Accounts, "writes");
        context.Report("  of which reminders", (double)run.ReminderWrites / run.Accounts, "writes");
        context.Report("average state payload", run.PayloadBytes, "bytes");
        context.Report("run duration", run.Elapsed.TotalSeconds, "s");
        context.Report("baseline duration", baseline.TotalSeconds, "s");
        context.Report("run's own rate (status)", run.Status.AccountsPerSecond, "accounts/s");
        context.Report("CPU during the run: this process (silo, client, emulator)", run.Cpu.Process, "cores");
        context.Report("CPU during the run: PostgreSQL", run.Cpu.Postgres, "cores");
        context.Report("CPU during the run: whole machine (others included)", run.Cpu.Machine, "cores");
        context.Report("CPU during the baseline: this process / PostgreSQL / machine", baselineCpu.Process, $"/ {baselineCpu.Postgres:N2} / {baselineCpu.Machine:N2} cores");
        context.Report("users.insert alone (gateway + emulator, same users, same concurrency)", run.Accounts / directory.Wall.TotalSeconds, "accounts/s");
        double PerAccount(double cores, TimeSpan wall) => cores * wall.TotalMilliseconds / run.Accounts;
        context.Output.WriteLine("  CPU per account (ms): where the time goes");
        context.Report("  run: this process (grains, Orleans, storage provider, Directory client, emulator)", PerAccount(run.Cpu.Process, run.Elapsed), "ms");
        context.Report("  run: PostgreSQL", PerAccount(run.Cpu.Postgres, run.Elapsed), "ms");
        context.Report("  of the process: users.insert alone (Directory client + emulator)", directory.Cpu.TotalMilliseconds / run.Accounts, "ms");
        context.Report("  baseline: this process (Npgsql)", PerAccount(baselineCpu.Process, baseline), "ms");
        context.Report("  baseline: PostgreSQL", PerAccount(baselineCpu.Postgres, baseline), "ms");
    }

    private sealed record RunFigures(
        int Accounts, TimeSpan Elapsed, (double Process, double Postgres, double Machine, TimeSpan Wall) Cpu, Dictionary<string, long> Writes, long StateWrites, long ReminderWrites,
        int PayloadBytes, int Concurrency, ProvisioningOptions Options, RunStatus Status);
}
