using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// One in-process silo (embedded profile) whose grains and reminder service run on a clock of its own, with an emulator of its
/// own (its call counts by method are this cluster's alone): the tests of the school's sync just after the deadline. Each school
/// syncs every hour (<c>Lifecycle:SyncPeriod</c> = <c>SyncMaxPeriod</c>), the accounts' checks spread over 30 minutes from the
/// deadline and no grace period holds an account past it; a test sets the deadline on the live options before it provisions.
/// </summary>
public sealed class DeadlineSyncCluster : IAsyncLifetime
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public static readonly TimeSpan SyncPeriod = TimeSpan.FromHours(1);

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo's lifecycle options (the live object the grains read).</summary>
    public LifecycleOptions Options => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<IOptions<LifecycleOptions>>().Value;

    public async Task InitializeAsync()
    {
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(null, silos: 1);
        builder.UseDirectoryEmulator(Emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.Properties["Lifecycle:ActivationDeadline"] = Clock.GetUtcNow().AddDays(30).ToString("O");
        builder.Properties["Lifecycle:MinimumGracePeriod"] = "00:00:00";
        builder.Properties["Lifecycle:DeactivationWindow"] = Window.ToString("c");
        builder.Properties["Lifecycle:SyncPeriod"] = SyncPeriod.ToString("c");
        builder.Properties["Lifecycle:SyncMaxPeriod"] = SyncPeriod.ToString("c");
        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>The calls of <paramref name="method"/> (<c>users.get</c>, <c>users.list</c>, …) the emulator has served.</summary>
    public long Calls(string method) => Emulator.Stats.ByMethod.GetValueOrDefault(method);

    /// <summary>The grain's <c>sync</c> reminder row, or null.</summary>
    public Task<ReminderEntry?> ReadSyncReminderAsync(IAddressable grain) =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<IReminderTable>().ReadRow(grain.GetGrainId(), "sync");

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
    }
}
