using System.Net.Http.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// One in-process silo (embedded profile) whose grains and reminder service run on a clock of its own, with an emulator of its
/// own (so that its call counts are this cluster's alone): the school sync's tests. <c>Lifecycle:SyncPeriod</c> is one hour and
/// does not stretch (<c>SyncMaxPeriod</c> equal), so that the stop is what the tests see.
/// </summary>
public sealed class SyncCluster : IAsyncLifetime
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public static readonly TimeSpan SyncPeriod = TimeSpan.FromHours(1);

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(null, silos: 1);
        builder.UseDirectoryEmulator(Emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.Properties["Lifecycle:ActivationDeadline"] = Clock.GetUtcNow().AddDays(30).ToString("O");
        builder.Properties["Lifecycle:MinimumGracePeriod"] = "10.00:00:00";
        builder.Properties["Lifecycle:SyncPeriod"] = SyncPeriod.ToString("c");
        builder.Properties["Lifecycle:SyncMaxPeriod"] = SyncPeriod.ToString("c");
        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>The <c>users.list</c> calls the emulator has served.</summary>
    public long Lists => Emulator.Stats.ByMethod.GetValueOrDefault("users.list");

    /// <summary>The grain's <c>sync</c> reminder row, or null.</summary>
    public Task<ReminderEntry?> ReadSyncReminderAsync(IAddressable grain) =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<IReminderTable>().ReadRow(grain.GetGrainId(), "sync");

    /// <summary>Signs the account's person in at the emulator with a new password, accepting the terms.</summary>
    public async Task SignInAsync(AccountView account)
    {
        var row = await Grains.GetGrain<IAccountGrain>(account.AccountKey).GetCredentialAsync(markDistributed: false);
        using var response = await _http.PostAsJsonAsync(new Uri(Emulator.BaseUri, "emulator/signin"), new
        {
            email = account.UserId,
            password = row!.InitialPassword,
            newPassword = "Pilihan-Sendiri-42",
            acceptTerms = true,
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Moves the clock a minute at a time (the reminder service fires on it) until <paramref name="done"/> or <paramref name="limit"/> of clock time.</summary>
    public static async Task<bool> StepAsync(TimeSpan limit, Func<Task<bool>>? done = null)
    {
        var end = Clock.GetUtcNow() + limit;
        while (Clock.GetUtcNow() < end)
        {
            if (done is not null && await done())
            {
                return true;
            }

            Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(25);
        }

        return done is not null && await done();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Cluster.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
    }
}
