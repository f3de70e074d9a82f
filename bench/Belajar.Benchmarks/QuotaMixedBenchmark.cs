using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 20's second goal: the quota used during a national run while the schools sync and operators reset passwords, and how
/// long an operator's call waits for its permit. Two silos, the cluster budget = the emulator's enforced quota. After a warm-up,
/// the run alone is measured, then the same run with sync loops (<c>SyncNowAsync</c> school after school, closed loop) and
/// operators (a password reset, <c>users.get</c> + <c>users.patch</c> at interactive priority, every few seconds each) on top:
/// calls per minute at the emulator / quota, throttled answers, each class's permits and its waits (the silos'
/// <c>belajar.quota.wait</c> histogram, one measurement per permit). Full: 6,000/min, 1 min warm-up, 2 min + 2 min; smoke:
/// 600/min, 10 s, 15 s + 15 s.
/// </summary>
public sealed class QuotaMixedBenchmark : IBenchmark
{
    private const int SyncLoops = 8;
    private const double InteractiveShareOfQuota = 0.05; // the operators' demand: half their guaranteed 10 %

    public string Name => "quota-mixed";

    public async Task RunAsync(BenchmarkContext context)
    {
        var quota = context.Smoke ? 600 : 6_000;
        var warmUp = context.Smoke ? TimeSpan.FromSeconds(10) : TimeSpan.FromMinutes(1);
        var window = context.Smoke ? TimeSpan.FromSeconds(15) : TimeSpan.FromMinutes(2);
        var operators = context.Smoke ? 2 : 10;

        var learners = (int)(quota * (warmUp + window + window).TotalMinutes * 1.5 / 0.8); // the run never runs dry
        var snapshot = Path.Combine(Path.GetTempPath(), $"belajar-mixed-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(
            snapshot, new SyntheticSnapshotOptions { Learners = learners, Seed = 20, Schools = context.Smoke ? learners / 20 : null }); // smoke: small schools finish early
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { QueriesPerMinute = quota });
        var cluster = await ProvisioningBenchCluster.StartAsync(null, emulator, silos: 2, queriesPerMinute: quota);
        using var waits = new PermitWaitRecorder();
        try
        {
            var run = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run($"run-mixed-{Guid.NewGuid():N}"[..20]));
            await run.StartAsync(new RunRequest(snapshot, DryRun: false));
            await Task.Delay(warmUp);

            var alone = await MeasureAsync(emulator, waits, window, run);
            using var load = new CancellationTokenSource();
            var schools = await Poll.UntilAsync(
                () => ProvisionedSchoolsAsync(cluster, snapshot), s => s.Count > 0, TimeSpan.FromMinutes(2), "a school with created accounts");
            var resets = new List<double>();
            var perOperator = TimeSpan.FromSeconds(operators / (quota / 60.0 * InteractiveShareOfQuota / 2)); // 2 calls a reset
            var drivers = Enumerable.Range(0, SyncLoops).Select(i => SyncLoopAsync(cluster, schools, i, load.Token))
                .Concat(Enumerable.Range(0, operators).Select(i => OperatorAsync(cluster, schools, i, perOperator, resets, load.Token)))
                .ToList();
            await Task.Delay(TimeSpan.FromSeconds(2)); // the loops start
            waits.Take();
            var mixed = await MeasureAsync(emulator, waits, window, run);
            await load.CancelAsync();
            await Task.WhenAll(drivers);

            Report(context, quota, learners, schools.Count, operators, perOperator, alone, mixed, resets);
            if (alone.Calls == 0 || mixed.ByClass.GetValueOrDefault("Sync", []).Length == 0 || resets.Count == 0)
            {
                throw new InvalidOperationException("A phase had no calls, no sync or no reset: the load did not run (the silos' logs are in logs/).");
            }
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
            System.IO.Directory.Delete(snapshot, recursive: true);
        }
    }

    private static async Task<Phase> MeasureAsync(DirectoryEmulator emulator, PermitWaitRecorder waits, TimeSpan window, IProvisioningRunGrain run)
    {
        waits.Take();
        var start = emulator.Stats;
        var stopwatch = Stopwatch.StartNew();
        await Task.Delay(window);
        var end = emulator.Stats;
        var elapsed = stopwatch.Elapsed;
        var status = await run.GetStatusAsync();
        return new Phase(
            end.Calls - start.Calls, end.Throttled - start.Throttled, elapsed, waits.Take(),
            status!.State == RunState.Running && status.AccountsCreated < status.AccountsEligible);
    }

    /// <summary>The schools with created accounts so far, each with the keys of those accounts (the operators' targets).</summary>
    private static async Task<List<(string Npsn, string[] Accounts)>> ProvisionedSchoolsAsync(TestCluster cluster, string snapshot)
    {
        var schools = new List<(string Npsn, string[] Accounts)>();
        await foreach (var npsn in SnapshotSchools.NpsnsAsync(snapshot))
        {
            var accounts = await cluster.Client.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).GetAccountsAsync(null);
            var created = accounts.Where(a => a.Status == AccountStatus.Created && a.UserId is not null).Select(a => a.AccountKey).ToArray();
            if (created.Length > 0)
            {
                schools.Add((npsn, created));
            }
        }

        return schools;
    }

    // A closed loop: one school's sync after another, starting at its own place in the list.
    private static async Task SyncLoopAsync(TestCluster cluster, List<(string Npsn, string[] Accounts)> schools, int loop, CancellationToken token)
    {
        for (var i = loop; !token.IsCancellationRequested; i++)
        {
            await cluster.Client.GetGrain<ISchoolGrain>(GrainKeys.School(schools[i % schools.Count].Npsn)).SyncNowAsync();
        }
    }

    // An operator: a password reset (the account grain's own, which asks Google first), then a pause.
    private static async Task OperatorAsync(
        TestCluster cluster, List<(string Npsn, string[] Accounts)> schools, int seed, TimeSpan pause, List<double> resets, CancellationToken token)
    {
        var random = new Random(seed);
        while (!token.IsCancellationRequested)
        {
            var school = schools[random.Next(schools.Count)];
            var stopwatch = Stopwatch.StartNew();
            await cluster.Client.GetGrain<IAccountGrain>(school.Accounts[random.Next(school.Accounts.Length)]).ResetPasswordAsync();
            lock (resets)
            {
                resets.Add(stopwatch.Elapsed.TotalSeconds);
            }

            try
            {
                await Task.Delay(pause, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Report(
        BenchmarkContext context, int quota, int learners, int schools, int operators, TimeSpan pause, Phase alone, Phase mixed, List<double> resets)
    {
        context.Output.WriteLine(
            $"two silos (one TestCluster, embedded storage), cluster budget = emulator quota = {quota:N0}/min, {learners:N0} learner rows; " +
            $"{SyncLoops} sync loops over {schools:N0} provisioned schools, {operators} operators each resetting a password every {pause.TotalSeconds:N1} s; " +
            $"the run still had work at the end of each phase: {(alone.RunBusy && mixed.RunBusy ? "yes" : "NO")}");
        context.Output.WriteLine("| what | the run alone | the run + syncs + operators |");
        context.Output.WriteLine("|---|---|---|");
        Row(context, "calls per minute / quota (at the emulator)", alone.PerMinute / quota, mixed.PerMinute / quota, "F3");
        Row(context, "throttled answers", alone.Throttled, mixed.Throttled, "N0");
        foreach (var c in new[] { "Bulk", "Sync", "Interactive", "Deadline" })
        {
            Row(context, $"{c}: share of the permits (%)", alone.Share(c), mixed.Share(c), "N1");
        }

        foreach (var c in new[] { "Interactive", "Sync", "Bulk" })
        {
            Row(context, $"{c}: wait for a permit p50 / p99 / max (s)", alone.Waits(c), mixed.Waits(c));
        }

        var sorted = resets.Order().ToArray();
        context.Output.WriteLine(
            $"password resets: {sorted.Length:N0}, p50 {PermitWaitRecorder.Quantile(sorted, 0.5):F3} s, p99 {PermitWaitRecorder.Quantile(sorted, 0.99):F3} s, " +
            $"max {sorted.DefaultIfEmpty(0).Max():F3} s (two Directory calls each, end to end)");
        context.Report("calls per minute / quota, run + syncs + operators", mixed.PerMinute / quota, "x");
        context.Report("interactive wait for a permit, max", mixed.Max("Interactive"), "s");
    }

    private static void Row(BenchmarkContext context, string what, double alone, double mixed, string format) =>
        context.Output.WriteLine($"| {what} | {alone.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} | {mixed.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} |");

    private static void Row(BenchmarkContext context, string what, string alone, string mixed) =>
        context.Output.WriteLine($"| {what} | {alone} | {mixed} |");

    private sealed record Phase(long Calls, long Throttled, TimeSpan Elapsed, IReadOnlyDictionary<string, double[]> ByClass, bool RunBusy)
    {
        public double PerMinute => Calls / Elapsed.TotalMinutes;

        public double Share(string c) => ByClass.Values.Sum(v => v.Length) is var all and > 0 ? 100.0 * ByClass.GetValueOrDefault(c, []).Length / all : 0;

        public double Max(string c) => ByClass.GetValueOrDefault(c, []).DefaultIfEmpty(0).Max();

        public string Waits(string c)
        {
            var w = ByClass.GetValueOrDefault(c, []);
            return w.Length == 0 ? "—" : $"{PermitWaitRecorder.Quantile(w, 0.5):F3} / {PermitWaitRecorder.Quantile(w, 0.99):F3} / {Max(c):F3} ({w.Length:N0} permits)";
        }
    }
}
