using System.Diagnostics;
using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;

namespace Belajar.Benchmarks;

/// <summary>
/// Managed heap per idle <c>AccountGrain</c> activation: one in-process silo (embedded profile), N accounts activated with
/// <c>GetAsync</c>, heap after a full, compacting GC compared with the heap before (target: at most 2 KB each); side by side
/// with an empty grain (Orleans' own per-activation cost) and an empty grain with one persistent-state facet.
/// </summary>
public sealed class AccountGrainMemoryBenchmark : IBenchmark
{
    private const int Concurrency = 256;

    public string Name => "account-memory";

    public async Task RunAsync(BenchmarkContext context)
    {
        var count = context.Smoke ? 2_000 : 100_000;
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        context.Output.WriteLine($"{count.ToString("N0", CultureInfo.InvariantCulture)} idle activations of each grain, one in-process silo, managed heap after full GC:");

        // Side by side in one process: Orleans' own cost (the empty grain), the persistent-state facet, then the account.
        var cluster = await StartAsync(emulator, directoryCache: true);
        try
        {
            var grains = cluster.Client;
            await WarmUpAsync(grains, count);
            var (emptyBytes, emptySeconds) = await MeasureAsync(count, i => PingAsync(Empty(grains, $"bench-{i:D8}")));
            var (stateBytes, _) = await MeasureAsync(count, i => PingAsync(StateOnly(grains, $"bench-{i:D8}")));
            var (accountBytes, accountSeconds) = await MeasureAsync(count, i => grains.GetGrain<IAccountGrain>($"pd-bench-{i:D8}").GetAsync());
            context.Report("empty grain (Orleans' own), bytes per activation", emptyBytes, "B");
            context.Report("empty grain + one [PersistentState] facet, bytes per activation", stateBytes, "B");
            context.Report("AccountGrain, bytes per activation", accountBytes, "B");
            context.Report("AccountGrain / empty grain", accountBytes / emptyBytes, "x");
            context.Report("AccountGrain minus empty grain (ours), bytes per activation", accountBytes - emptyBytes, "B");
            context.Report("empty grain activations per second", count / emptySeconds, "/s");
            context.Report("AccountGrain activations per second", count / accountSeconds, "/s");
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        // An Orleans option that changes the per-activation cost: the silo's grain directory cache (on by default).
        cluster = await StartAsync(emulator, directoryCache: false);
        try
        {
            var grains = cluster.Client;
            await WarmUpAsync(grains, count);
            var (emptyBytes, _) = await MeasureAsync(count, i => PingAsync(Empty(grains, $"bench-{i:D8}")));
            var (accountBytes, _) = await MeasureAsync(count, i => grains.GetGrain<IAccountGrain>($"pd-bench-{i:D8}").GetAsync());
            context.Report("directory cache off: empty grain, bytes per activation", emptyBytes, "B");
            context.Report("directory cache off: AccountGrain, bytes per activation", accountBytes, "B");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static async Task<Orleans.TestingHost.TestCluster> StartAsync(DirectoryEmulator emulator, bool directoryCache)
    {
        var builder = BelajarTestCluster.CreateBuilder(connectionString: null, silos: 1);
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Secrets:PasswordKeys:bench"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "bench";
        if (!directoryCache)
        {
            builder.AddSiloBuilderConfigurator<NoDirectoryCache>();
        }

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static async Task WarmUpAsync(IGrainFactory grains, int count)
    {
        await ActivateAsync(Math.Min(count, Concurrency), i => PingAsync(Empty(grains, $"warm-{i}")));
        await ActivateAsync(Math.Min(count, Concurrency), i => PingAsync(StateOnly(grains, $"warm-{i}")));
        await ActivateAsync(Math.Min(count, Concurrency), i => grains.GetGrain<IAccountGrain>($"pd-warm-{i}").GetAsync());
    }

    private static async Task<int> PingAsync(IIdleBenchGrain grain)
    {
        await grain.PingAsync();
        return 0;
    }

    private static IIdleBenchGrain Empty(IGrainFactory grains, string key) =>
        grains.GetGrain<IIdleBenchGrain>($"empty-{key}", typeof(EmptyBenchGrain).FullName);

    private static IIdleBenchGrain StateOnly(IGrainFactory grains, string key) =>
        grains.GetGrain<IIdleBenchGrain>($"state-{key}", typeof(StateOnlyBenchGrain).FullName);

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

    private sealed class NoDirectoryCache : Orleans.TestingHost.ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.Configure<Orleans.Configuration.GrainDirectoryOptions>(o =>
                o.CachingStrategy = Orleans.Configuration.GrainDirectoryOptions.CachingStrategyType.None);
    }
}
