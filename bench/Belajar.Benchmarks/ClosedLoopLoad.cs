using System.Diagnostics;

namespace Belajar.Benchmarks;

/// <summary>
/// A closed-loop load: <c>clients</c> workers each call <c>operation</c> again as soon as the previous call returned, until the
/// window ends (a call started in the window is waited for). Reports calls/s over the wall time and latency percentiles.
/// </summary>
internal static class ClosedLoopLoad
{
    /// <summary>Runs the load; <paramref name="operation"/> gets the worker's index and answers whether the call succeeded.</summary>
    public static async Task<LoadResult> RunAsync(int clients, TimeSpan window, Func<int, Task<bool>> operation)
    {
        var latencies = new List<double>[clients];
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(window.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = latencies[client] = new List<double>(4096);
            while (Stopwatch.GetTimestamp() < end)
            {
                var before = Stopwatch.GetTimestamp();
                if (!await operation(client))
                {
                    Interlocked.Increment(ref failures);
                }

                mine.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(latencies.SelectMany(l => l).Order().ToArray(), failures, elapsed);
    }
}

/// <summary>What a <see cref="ClosedLoopLoad"/> measured: every call's latency (sorted), failures, wall time.</summary>
internal sealed record LoadResult(double[] LatenciesMs, int Failures, TimeSpan Elapsed)
{
    public int Calls => LatenciesMs.Length;

    public double PerSecond => Calls / Elapsed.TotalSeconds;

    public double P50Ms => Percentile(0.50);

    public double P99Ms => Percentile(0.99);

    public double MaxMs => Calls == 0 ? double.NaN : LatenciesMs[^1];

    /// <summary>Turns of the same load measured apart: their calls pooled, their wall times added.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> turns) => new(
        turns.SelectMany(t => t.LatenciesMs).Order().ToArray(),
        turns.Sum(t => t.Failures),
        TimeSpan.FromTicks(turns.Sum(t => t.Elapsed.Ticks)));

    private double Percentile(double p) =>
        Calls == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(p * Calls) - 1, 0, Calls - 1)];
}
