using System.Diagnostics;
using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.TestSupport;

namespace Belajar.Benchmarks;

/// <summary>
/// Managed heap per idle <c>AccountGrain</c> activation: one in-process silo (embedded profile), N accounts activated with
/// <c>GetAsync</c>, heap after a full, compacting GC compared with the heap before (target: at most 2 KB each).
/// </summary>
public sealed class AccountGrainMemoryBenchmark : IBenchmark
{
    private const int Concurrency = 256;

    public string Name => "account-memory";

    public async Task RunAsync(BenchmarkContext context)
    {
        var count = context.Smoke ? 2_000 : 100_000;
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var builder = BelajarTestCluster.CreateBuilder(connectionString: null, silos: 1);
        builder.Properties["Directory:BaseUri"] = emulator.BaseUri.ToString();
        builder.Properties["Directory:TokenUri"] = emulator.TokenUri.ToString();
        builder.Properties["Directory:ServiceAccountKeyJson"] = emulator.ServiceAccountKeyJson;
        builder.Properties["Directory:AdminEmail"] = emulator.AdminEmail;
        builder.Properties["Secrets:PasswordKeys:bench"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "bench";
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var grains = cluster.Client;
            await ActivateAsync(Math.Min(count, Concurrency), i => grains.GetGrain<IAccountGrain>($"pd-warm-{i}").GetAsync());

            var (accountBytes, accountSeconds) = await MeasureAsync(count, i => grains.GetGrain<IAccountGrain>($"pd-bench-{i:D8}").GetAsync());
            context.Output.WriteLine($"{count.ToString("N0", CultureInfo.InvariantCulture)} idle activations, one in-process silo, managed heap after full GC:");
            context.Report("AccountGrain, bytes per activation", accountBytes, "B");
            context.Report("AccountGrain activations per second", count / accountSeconds, "/s");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static async Task<(double BytesEach, double Seconds)> MeasureAsync<T>(int count, Func<int, Task<T>> activate)
    {
        var before = FullGcHeap();
        var watch = Stopwatch.StartNew();
        await ActivateAsync(count, activate);
        var seconds = watch.Elapsed.TotalSeconds;
        var after = FullGcHeap();
        return ((after - before) / (double)count, seconds);
    }

    private static long FullGcHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task ActivateAsync<T>(int count, Func<int, Task<T>> activate)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await activate(i);
            }
        }));
    }
}
