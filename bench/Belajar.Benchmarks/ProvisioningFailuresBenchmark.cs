using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;

namespace Belajar.Benchmarks;

/// <summary>
/// What permanently failing users cost a run: the same snapshot (<c>BELAJAR_BENCH_LEARNERS</c>, default 100,000 learner rows)
/// provisioned twice on the PostgreSQL profile, each on a database and emulator of its own: once clean, once with the emulator
/// answering 403 <c>forbidden</c> for about 1 % of the accounts (every account whose name gives one of a chosen set of address
/// bases), two of each in the order clean, failing, failing, clean. Reports the mean durations and their ratio (goal: at most
/// 1.05), and checks that every run ends with its counts adding up.
/// </summary>
public sealed class ProvisioningFailuresBenchmark : IBenchmark
{
    public string Name => "provisioning-failures";

    public async Task RunAsync(BenchmarkContext context)
    {
        var learners = context.Smoke ? 800
            : int.TryParse(Environment.GetEnvironmentVariable("BELAJAR_BENCH_LEARNERS"), out var n) ? n : 100_000;
        var snapshot = Path.Combine(Path.GetTempPath(), $"belajar-failing-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(snapshot, new SyntheticSnapshotOptions { Learners = learners, Seed = 9 });
        var postgres = await LocalPostgres.StartAsync();
        try
        {
            var (bases, chosen, eligible) = await FailingBasesAsync(snapshot, share: 0.01);
            await RunAsync(postgres, snapshot, [], "warm-up"); // the first run in a process pays for compiling; not counted

            // ABBA: clean, failing, failing, clean, so that neither kind always runs on a fuller process or server
            var clean1 = await RunAsync(postgres, snapshot, [], "clean");
            var failing1 = await RunAsync(postgres, snapshot, bases, "1 % failing");
            var failing = await RunAsync(postgres, snapshot, bases, "1 % failing");
            var clean2 = await RunAsync(postgres, snapshot, [], "clean");
            var cleanTime = (clean1.Elapsed + clean2.Elapsed) / 2;
            var failingTime = (failing1.Elapsed + failing.Elapsed) / 2;
            context.Output.WriteLine(
                $"{learners:N0} learner rows, {eligible:N0} accounts; {chosen:N0} accounts ({100.0 * chosen / eligible:N2} %) answered 403 forbidden in the failing runs");
            context.Report("clean runs: mean duration", cleanTime.TotalSeconds, "s");
            context.Report("1 % failing runs: mean duration", failingTime.TotalSeconds, "s");
            context.Report("failing / clean", failingTime / cleanTime, "x");
            context.Report("failing run: accounts failed", failing.Status.AccountsFailed, "accounts");
            context.Report("failing run: forbidden answers given by the emulator", failing.FaultHits, "calls");
        }
        finally
        {
            await postgres.DisposeAsync();
            System.IO.Directory.Delete(snapshot, recursive: true);
        }
    }

    /// <summary>Address bases that together cover about <paramref name="share"/> of the eligible accounts, taken from rare bases up.</summary>
    private static async Task<(List<string> Bases, int Chosen, int Eligible)> FailingBasesAsync(string snapshot, double share)
    {
        var byBase = new Dictionary<string, int>(StringComparer.Ordinal);
        var eligible = 0;
        await foreach (var roster in new SnapshotReader(snapshot).ReadAsync(new SnapshotReport()))
        {
            foreach (var account in Eligibility.Evaluate(roster).Accounts)
            {
                eligible++;
                var name = UsernameRules.BaseOf(account.Nama);
                byBase[name] = byBase.GetValueOrDefault(name) + 1;
            }
        }

        var bases = new List<string>();
        var chosen = 0;
        foreach (var (name, count) in byBase.OrderBy(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal))
        {
            if (chosen >= eligible * share)
            {
                break;
            }

            // a base that is the start of another would fail that one too
            if (byBase.Keys.Any(other => other != name && other.StartsWith(name, StringComparison.Ordinal)))
            {
                continue;
            }

            bases.Add(name);
            chosen += count;
        }

        return (bases, chosen, eligible);
    }

    private static async Task<(TimeSpan Elapsed, RunStatus Status, long FaultHits)> RunAsync(LocalPostgres postgres, string snapshot, List<string> failingBases, string what)
    {
        var database = await postgres.CreateDatabaseAsync("bench_failing");
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var faults = failingBases.Select(b => emulator.Faults.Users.Add(b, 403)).ToList();
        var cluster = await ProvisioningBenchCluster.StartAsync(database, emulator, silos: 1, queriesPerMinute: 0);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var grain = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run($"run-fail-{Guid.NewGuid():N}"[..20]));
            await grain.StartAsync(new RunRequest(snapshot, DryRun: false));
            var status = await Poll.UntilAsync(
                async () => (await grain.GetStatusAsync())!,
                s => s.State is RunState.Completed or RunState.Failed,
                TimeSpan.FromMinutes(30),
                $"the {what} run to complete");
            var elapsed = stopwatch.Elapsed;
            if (status.State != RunState.Completed || status.AccountsCreated + status.AccountsFailed + status.AccountsSkipped != status.AccountsEligible
                || (failingBases.Count == 0) != (status.AccountsFailed == 0))
            {
                throw new InvalidOperationException($"The {what} run did not end as it should: {status}");
            }

            Console.WriteLine($"  {what}: {status.AccountsCreated:N0} created, {status.AccountsFailed:N0} failed in {elapsed.TotalSeconds:N1} s");
            return (elapsed, status, faults.Sum(f => f.Hits));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
