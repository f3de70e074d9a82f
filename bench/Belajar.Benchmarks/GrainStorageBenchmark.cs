using System.Diagnostics;
using Belajar.LocalServices;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// Grain state writes through the hosting extension's storage: the embedded profile (memory) and the PostgreSQL
/// profile (ADO.NET, System.Text.Json payload) side by side, one silo each, on a throwaway PostgreSQL server
/// (or BELAJAR_TEST_PG). Measures first writes of many grains (insert) and a second write of each (update).
/// </summary>
public sealed class GrainStorageBenchmark : IBenchmark
{
    private const int Concurrency = 64;

    public string Name => "grain-storage";

    public async Task RunAsync(BenchmarkContext context)
    {
        var grains = context.Smoke ? 200 : 10_000;
        var postgres = await LocalPostgres.StartAsync();
        try
        {
            var memory = await MeasureAsync(null, grains);
            var database = await MeasureAsync(await postgres.CreateDatabaseAsync("bench_storage"), grains);
            context.Output.WriteLine($"{grains} grains, concurrency {Concurrency}, one silo, writes per second:");
            context.Report("memory, first write (insert)", memory.Insert, "writes/s");
            context.Report("memory, second write (update)", memory.Update, "writes/s");
            context.Report("PostgreSQL, first write (insert)", database.Insert, "writes/s");
            context.Report("PostgreSQL, second write (update)", database.Update, "writes/s");
            context.Report("PostgreSQL / memory, insert", database.Insert / memory.Insert, "x");
            context.Report("PostgreSQL / memory, update", database.Update / memory.Update, "x");
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<(double Insert, double Update)> MeasureAsync(string? connectionString, int grains)
    {
        var cluster = BelajarTestCluster.CreateBuilder(connectionString, silos: 1).Build();
        await cluster.DeployAsync();
        try
        {
            // warm up the call path and the connection pool outside the measurement
            await WriteAllAsync(cluster, "warm", Math.Min(grains, Concurrency), 0);
            var insert = await WriteAllAsync(cluster, "bench", grains, 1);
            var update = await WriteAllAsync(cluster, "bench", grains, 2);
            return (insert, update);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static async Task<double> WriteAllAsync(TestCluster cluster, string prefix, int grains, int value)
    {
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < grains)
            {
                await cluster.Client.GetGrain<IStorageBenchGrain>($"{prefix}-{i}").WriteAsync(value);
            }
        }));
        return grains / stopwatch.Elapsed.TotalSeconds;
    }
}
