using System.Collections.Concurrent;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// One in-process silo (embedded profile) whose grains and reminder service run on a clock of its own, with an emulator of its
/// own (on real time, as its tokens need; its call counts by method are this cluster's alone). A subclass gives the clock and
/// its <c>Lifecycle:*</c> settings; the Directory quota is off and a password key is fresh.
/// </summary>
public abstract class OwnClockCluster(FakeTimeProvider clock) : IAsyncLifetime
{
    private const string ClockSetting = "Tests:Clock";

    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();

    private readonly string _clockName = Guid.NewGuid().ToString("N");

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo's lifecycle options (the live object the grains read).</summary>
    public LifecycleOptions Options => Services.GetRequiredService<IOptions<LifecycleOptions>>().Value;

    /// <summary>The calls of <paramref name="method"/> (<c>users.get</c>, <c>users.list</c>, <c>activities.list</c>, …) the emulator has served.</summary>
    public long Calls(string method) => Emulator.Stats.ByMethod.GetValueOrDefault(method);

    /// <summary>The grain's reminder row <paramref name="name"/>, or null.</summary>
    public Task<ReminderEntry?> ReadReminderAsync(IAddressable grain, string name) =>
        Services.GetRequiredService<IReminderTable>().ReadRow(grain.GetGrainId(), name);

    private IServiceProvider Services => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    /// <summary>The cluster's own settings (<c>Lifecycle:*</c>) on top of the common ones.</summary>
    protected abstract IReadOnlyDictionary<string, string> Settings();

    public async Task InitializeAsync()
    {
        Clocks[_clockName] = clock;
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(null, silos: 1);
        builder.UseDirectoryEmulator(Emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.Properties[ClockSetting] = _clockName;
        foreach (var (name, value) in Settings())
        {
            builder.Properties[name] = value;
        }

        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Emulator.DisposeAsync();
        Clocks.TryRemove(_clockName, out _);
    }

    /// <summary>Puts the cluster's clock (found by the name in its settings) under the silo's grains and reminders.</summary>
    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.Services.AddSingleton<TimeProvider>(Clocks[siloBuilder.Configuration[ClockSetting]!]);
    }
}
