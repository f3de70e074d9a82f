using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Quota;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// Issue 5: how much of Google's quota a two-silo cluster uses. The emulator enforces its own per-minute quota over real HTTP;
/// the cluster budget (<c>Directory:QueriesPerMinute</c>) is the same figure. A run big enough to keep the budget busy is
/// measured after a warm-up: calls served per minute / quota and throttled answers / all answers, counted at the emulator,
/// and the permits each silo spent (from its permit queue). Full mode: 6,000/min, 1 minute warm-up, 3 minutes measured;
/// smoke: 600/min, 5 s and 15 s.
/// </summary>
public sealed class QuotaTwoSilosBenchmark : IBenchmark
{
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(5);

    public string Name => "quota-two-silos";

    public async Task RunAsync(BenchmarkContext context)
    {
        var quota = context.Smoke ? 600 : 6_000;
        var warmUp = context.Smoke ? TimeSpan.FromSeconds(5) : TimeSpan.FromMinutes(1);
        var window = context.Smoke ? TimeSpan.FromSeconds(15) : TimeSpan.FromMinutes(3);

        // ~0.8 accounts per learner row; 1.5x the calls the warm-up and window can spend, so that the run never runs dry
        var calls = quota * (warmUp + window).TotalMinutes * 1.5;
        var learners = (int)(calls / 0.8);
        var snapshot = Path.Combine(Path.GetTempPath(), $"belajar-quota-{Guid.NewGuid():N}");
        await SyntheticSnapshot.WriteAsync(snapshot, new SyntheticSnapshotOptions { Learners = learners, Seed = 6 });
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { QueriesPerMinute = quota });
        var cluster = await ProvisioningBenchCluster.StartAsync(null, emulator, silos: 2, queriesPerMinute: quota);
        try
        {
            var figures = await MeasureAsync(cluster, emulator, snapshot, warmUp, window);
            if (figures.Calls == 0)
            {
                throw new InvalidOperationException("No Directory call in the measured window: the run provisioned nothing (the silos' logs are in logs/).");
            }

            Report(context, quota, learners, window, figures);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
            System.IO.Directory.Delete(snapshot, recursive: true);
        }
    }

    private static async Task<Figures> MeasureAsync(TestCluster cluster, DirectoryEmulator emulator, string snapshot, TimeSpan warmUp, TimeSpan window)
    {
        var permits = Enumerable.Range(0, cluster.Silos.Count)
            .Select(i => ProvisioningBenchCluster.Services(cluster, i).GetRequiredService<PriorityPermitQueue>()).ToList();
        var run = cluster.Client.GetGrain<IProvisioningRunGrain>(GrainKeys.Run($"run-quota-{Guid.NewGuid():N}"[..20]));
        await run.StartAsync(new RunRequest(snapshot, DryRun: false));
        await Task.Delay(warmUp);

        var start = emulator.Stats;
        var startPermits = permits.Select(p => p.Acquired).ToList();
        var stopwatch = Stopwatch.StartNew();
        var samples = new List<(TimeSpan At, long Calls)> { (TimeSpan.Zero, start.Calls) };
        while (stopwatch.Elapsed < window)
        {
            var wait = window - stopwatch.Elapsed;
            await Task.Delay(wait < Sample ? wait : Sample);
            samples.Add((stopwatch.Elapsed, emulator.Stats.Calls));
        }

        var end = emulator.Stats;
        var elapsed = stopwatch.Elapsed;
        var spent = permits.Select((p, i) => p.Acquired - startPermits[i]).ToList();
        var status = await run.GetStatusAsync();
        return new Figures(
            end.Calls - start.Calls, end.Throttled - start.Throttled, elapsed, spent, MaxInAnyMinute(samples),
            status!.State == RunState.Running && status.AccountsCreated < status.AccountsEligible);
    }

    /// <summary>The most calls between two samples at most 60 s apart (the samples' resolution bounds it from below).</summary>
    private static long MaxInAnyMinute(List<(TimeSpan At, long Calls)> samples) =>
        samples.SelectMany(a => samples.Where(b => b.At > a.At && b.At - a.At <= TimeSpan.FromSeconds(60.5)).Select(b => b.Calls - a.Calls))
            .DefaultIfEmpty(0).Max();

    private static void Report(BenchmarkContext context, int quota, int learners, TimeSpan window, Figures f)
    {
        var perMinute = f.Calls / f.Elapsed.TotalMinutes;
        var answers = f.Calls + f.Throttled;
        context.Output.WriteLine(
            $"two silos (one TestCluster, embedded storage), cluster budget = emulator quota = {quota:N0}/min, {learners:N0} learner rows, " +
            $"{window.TotalSeconds:N0} s measured after the warm-up; the run still had work at the end: {(f.RunBusy ? "yes" : "NO")}");
        context.Output.WriteLine($"  permits spent in the window per silo: {string.Join(", ", f.PermitsPerSilo.Select((p, i) => $"silo {i}: {p:N0}"))}");
        context.Report("calls served per minute (at the emulator)", perMinute, "calls/min");
        context.Report("calls per minute / quota", perMinute / quota, "x");
        context.Report("most calls in a 60 s span of the window", f.MaxInAnyMinute, "calls");
        context.Report("throttled answers / all answers", answers == 0 ? 0 : 100.0 * f.Throttled / answers, "%");
        context.Report("throttled answers", f.Throttled, "answers");
        context.Report("smallest silo's share of the permits", f.PermitsPerSilo.Sum() == 0 ? 0 : 100.0 * f.PermitsPerSilo.Min() / f.PermitsPerSilo.Sum(), "%");
    }

    private sealed record Figures(long Calls, long Throttled, TimeSpan Elapsed, List<long> PermitsPerSilo, long MaxInAnyMinute, bool RunBusy);
}
