using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using System.Net.Http.Json;
using Belajar.Directory.Emulator;
using Belajar.Hosting;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests.Postgres;

/// <summary>
/// One in-process silo in the PostgreSQL profile (a throwaway server: clustering, storage and the due-window reminder table in
/// PostgreSQL), Orleans' own reminder service and the grains on a <see cref="FakeTimeProvider"/>, and a real Directory emulator.
/// The deadline is two hours after start, spread over a 30-minute window.
/// </summary>
public sealed class PostgresLifecycleCluster : IAsyncLifetime
{
    /// <summary>The silo's clock (grains and reminder service): starts now, moved forward by the tests.</summary>
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    private static int _nextSchool;
    private LocalPostgres? _postgres;

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public IGrainFactory Grains => Cluster.Client;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Silos[0]).SiloHost!.Services;

    public LifecycleOptions Options => SiloServices.GetRequiredService<IOptions<LifecycleOptions>>().Value;

    public IReminderTable ReminderTable => SiloServices.GetRequiredService<IReminderTable>();

    public async Task InitializeAsync()
    {
        _postgres = await LocalPostgres.StartAsync();
        var database = await _postgres.CreateDatabaseAsync("lifecycle_pg");
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(database, silos: 1);
        builder.UseDirectoryEmulator(Emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.Properties["Lifecycle:ActivationDeadline"] = Clock.GetUtcNow().AddHours(2).ToString("O");
        builder.Properties["Lifecycle:MinimumGracePeriod"] = "01:00:00";
        builder.Properties["Lifecycle:DeactivationWindow"] = "00:30:00";
        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A new school whose learners are provisioned in Google; answers the specs too (for a later delta run).</summary>
    public async Task<(SchoolInfo School, List<AccountSpec> Specs, IReadOnlyList<AccountView> Accounts)> ProvisionSchoolAsync(int accounts)
    {
        var (school, specs) = TestSchools.Create(Interlocked.Increment(ref _nextSchool), accounts, npsnBase: 71000000);
        var grain = Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        await grain.AcceptRosterAsync(new SchoolProvisioning($"run-pg-{school.Npsn}-1", school, specs));
        var views = await Poll.UntilAsync(
            () => grain.GetAccountsAsync(null), v => v.Count == accounts && v.All(a => a.Status == AccountStatus.Created),
            TimeSpan.FromSeconds(60), $"the {accounts} accounts of school {school.Npsn} to be created");
        return (school, specs, views.OrderBy(v => v.AccountKey, StringComparer.Ordinal).ToList());
    }

    /// <summary>A fresh database with the schema applied, on this fixture's server.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var database = await _postgres!.CreateDatabaseAsync(prefix);
        await SchemaMigrator.ApplyAsync(database);
        return database;
    }

    /// <summary>Signs the account's person in at the emulator, choosing a new password and accepting the terms.</summary>
    public async Task SignInAsync(AccountView account)
    {
        var row = await Grains.GetGrain<IAccountGrain>(account.AccountKey).GetCredentialAsync(markDistributed: false);
        using var response = await Http.PostAsJsonAsync(new Uri(Emulator.BaseUri, "emulator/signin"), new
        {
            email = account.UserId,
            password = row!.InitialPassword,
            newPassword = "Pilihan-Sendiri-42",
            acceptTerms = true,
        });
        response.EnsureSuccessStatusCode();
    }

    public DateTimeOffset DueAt(AccountView account) => DeadlineSchedule.DueAt(account.CreatedAt!.Value, account.AccountKey, Options);

    public Task<ReminderEntry?> ReadRowAsync(GrainId grain, string name) => ReminderTable.ReadRow(grain, name);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Cluster.DisposeAsync();
        await Emulator.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresLifecycleCollection : ICollectionFixture<PostgresLifecycleCluster>
{
    public const string Name = "lifecycle cluster on PostgreSQL";
}
