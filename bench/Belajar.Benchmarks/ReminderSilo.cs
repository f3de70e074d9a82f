using System.Diagnostics;
using System.Globalization;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Hosting;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// One silo of the reminder benchmark (PostgreSQL profile, production configuration path, the Directory emulator behind it),
/// started over a given database, with the figures taken around its start: managed heap and working set before and after,
/// time to ready and to its reminders loaded, and one reminder-table refresh.
/// </summary>
public sealed class ReminderSilo : IAsyncDisposable
{
    /// <summary>The service id every silo of the benchmark uses (reminder rows are keyed by it).</summary>
    public const string ServiceId = "bench-reminders";

    private ReminderSilo(TestCluster cluster, Start figures, bool stockTable)
    {
        Cluster = cluster;
        Figures = figures;
        StockTable = stockTable;
    }

    /// <summary>Whether the silo reads reminders through Orleans' stock ADO.NET table instead of the due-window table.</summary>
    public bool StockTable { get; }

    /// <summary>What was measured around the start.</summary>
    public Start Figures { get; }

    public TestCluster Cluster { get; }

    public IServiceProvider Services => ((InProcessSiloHandle)Cluster.Silos[0]).SiloHost!.Services;

    /// <summary>What was measured around the start.</summary>
    public sealed record Start(double HeapBeforeMb, double WorkingSetBeforeMb, TimeSpan ToReady, TimeSpan? ToLoaded, long Loaded, double HeapAfterMb, double WorkingSetAfterMb);

    /// <summary>
    /// Starts a silo; waits until the reminder service holds <paramref name="expectedLoaded"/> reminders (0: no wait).
    /// <paramref name="stockTable"/>: Orleans' ADO.NET reminder table (the whole range on every refresh) instead of the
    /// project's due-window table, over the same rows and statements. <paramref name="queriesPerMinute"/>: the cluster's
    /// Directory limiter (<c>Directory:QueriesPerMinute</c>; 0: unlimited).
    /// </summary>
    public static async Task<ReminderSilo> StartAsync(
        string connectionString, DirectoryEmulator emulator, ActiveRemindersGauge gauge, long expectedLoaded, bool stockTable,
        TimeSpan? loadingWindow = null, int queriesPerMinute = 0)
    {
        var (heapBefore, wsBefore) = Memory();
        var stopwatch = Stopwatch.StartNew();
        var builder = BelajarTestCluster.CreateBuilder(connectionString, silos: 1);
        builder.Options.ServiceId = ServiceId;
        builder.UseDirectoryEmulator(emulator);
        builder.Properties["Directory:QueriesPerMinute"] = queriesPerMinute.ToString(CultureInfo.InvariantCulture);
        builder.Properties["Secrets:PasswordKeys:bench"] = Key;
        builder.Properties["Secrets:ActivePasswordKeyId"] = "bench";
        builder.Properties["Lifecycle:ActivationDeadline"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O");
        builder.Properties["Lifecycle:MinimumGracePeriod"] = "00:00:00";
        builder.Properties["Lifecycle:DeactivationWindow"] = "00:00:00";
        if (loadingWindow is { } window)
        {
            builder.Properties[WindowKey] = window.ToString("c", CultureInfo.InvariantCulture);
        }

        if (stockTable)
        {
            builder.Properties[StockKey] = "true";
        }

        builder.AddSiloBuilderConfigurator<LoadingWindowConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var toReady = stopwatch.Elapsed;
        TimeSpan? toLoaded = null;
        long loaded = gauge.Read();
        if (expectedLoaded > 0)
        {
            loaded = await Poll.UntilAsync(() => Task.FromResult(gauge.Read()), n => n >= expectedLoaded, TimeSpan.FromMinutes(30), $"{expectedLoaded:N0} reminders loaded");
            toLoaded = stopwatch.Elapsed;
        }

        var (heapAfter, wsAfter) = Memory();
        return new ReminderSilo(cluster, new Start(heapBefore, wsBefore, toReady, toLoaded, loaded, heapAfter, wsAfter), stockTable);
    }

    /// <summary>One refresh as the reminder service does it on a one-silo ring: the range read of the whole ring.</summary>
    public async Task<(TimeSpan Elapsed, int Rows, double AllocatedMb)> RefreshAsync()
    {
        var table = Services.GetRequiredService<IReminderTable>();
        await table.ReadRows(0, 1); // a warm connection
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var rows = await table.ReadRows(0, uint.MaxValue);
        var elapsed = stopwatch.Elapsed;
        return (elapsed, rows.Reminders.Count, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>Managed heap after a full compacting collection, and the process working set (MB).</summary>
    public static (double HeapMb, double WorkingSetMb) Memory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0, process.WorkingSet64 / 1024.0 / 1024.0);
    }

    private const string WindowKey = "Bench:ReminderLoadingWindow";
    private const string StockKey = "Bench:StockReminderTable";

    private static readonly string Key = PasswordProtectionOptions.GenerateKey();

    private sealed class LoadingWindowConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            if (TimeSpan.TryParse(siloBuilder.Configuration[WindowKey], CultureInfo.InvariantCulture, out var window))
            {
                siloBuilder.Services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = window);
            }

            if (siloBuilder.Configuration[StockKey] == "true")
            {
                // registered after the production configuration: the last IReminderTable registration is the one resolved
                siloBuilder.UseAdoNetReminderService(o =>
                {
                    o.Invariant = BelajarProfile.AdoNetInvariant;
                    o.ConnectionString = BelajarProfile.ConnectionString(siloBuilder.Configuration);
                });
            }
        }
    }
}
