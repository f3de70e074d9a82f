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
/// One in-process silo (embedded profile) whose grains and reminder service run on a clock of their own, with an emulator of its
/// own (on real time, as its tokens need): the tests of sign-in discovery from the login activities
/// (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>, read every hour). A school that lists syncs first within an hour
/// (<c>Lifecycle:SyncPeriod</c>); the deadline is 30 days ahead. A test may switch the live options to <c>Listing</c> and back.
/// </summary>
public sealed class SignInDiscoveryCluster : IAsyncLifetime
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

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
        builder.Properties["Lifecycle:SyncPeriod"] = Period.ToString("c");
        builder.Properties["Lifecycle:SignInDiscovery"] = "Activities";
        builder.Properties["Lifecycle:SignInDiscoveryPeriod"] = Period.ToString("c");
        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>The calls of <paramref name="method"/> (<c>users.list</c>, <c>activities.list</c>, …) the emulator has served.</summary>
    public long Calls(string method) => Emulator.Stats.ByMethod.GetValueOrDefault(method);

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
