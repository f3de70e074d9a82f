using Belajar.Domain;
using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Belajar.Lifecycle.Tests;

/// <summary>
/// One in-process silo (embedded profile, production configuration path) whose grains run on a <see cref="FakeTimeProvider"/>,
/// and a real Directory emulator on a loopback port (on the system clock, so that its tokens stay valid).
/// </summary>
public sealed class LifecycleCluster : IAsyncLifetime
{
    /// <summary>The grains' clock: starts now, moved forward by the tests (never back).</summary>
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    private static int _nextSchool;

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo's lifecycle options (the live object: a test may extend the deadline and must restore it).</summary>
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
        builder.Properties["Lifecycle:MinimumGracePeriod"] = "10.00:00:00";
        builder.Properties["Lifecycle:DeactivationWindow"] = "00:30:00";
        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A new school (its own NPSN and kabupaten) whose <paramref name="accounts"/> learners are provisioned in Google.</summary>
    public async Task<(SchoolInfo School, IReadOnlyList<AccountView> Accounts)> ProvisionSchoolAsync(int accounts)
    {
        var n = Interlocked.Increment(ref _nextSchool);
        var school = new SchoolInfo($"{70000000 + n}", $"SD Negeri {n} Uji", 5, $"{10 + n:D2}0101", "Kec. Uji", $"Kab. Uji {n}", $"Prov. Uji {n}");
        var orgUnit = OrgUnitPaths.For(school.Provinsi, school.KabupatenKota, school.Npsn);
        var specs = Enumerable.Range(0, accounts)
            .Select(i => new AccountSpec($"pd-{school.Npsn}{i:D4}", AccountRole.PesertaDidik, Jenjang.SD, school.Npsn, $"{school.Npsn}{i:D4}",
                $"{Names[i % Names.Length]} {Names[(i / Names.Length + n) % Names.Length]} Uji", null, 3, "3A", orgUnit))
            .ToList();
        var grain = Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
        await grain.AcceptRosterAsync(new SchoolProvisioning($"run-test-{n}", school, specs));
        var views = await Poll.UntilAsync(
            () => grain.GetAccountsAsync(null), v => v.Count == accounts && v.All(a => a.Status == AccountStatus.Created),
            TimeSpan.FromSeconds(60), $"the {accounts} accounts of school {school.Npsn} to be created");
        return (school, views);
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

    /// <summary>The account's deadline due time under the silo's current options (spread by its school).</summary>
    public DateTimeOffset DueAt(AccountView account) => DeadlineSchedule.DueAt(account.CreatedAt!.Value, account.Npsn, Options);

    /// <summary>Moves the grains' clock to <paramref name="time"/> unless it is already later.</summary>
    public static void MoveTo(DateTimeOffset time)
    {
        if (time > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(time);
        }
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Cluster.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private static readonly string[] Names = ["Ani", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lukman"];

    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
    }
}

[CollectionDefinition(Name)]
public sealed class LifecycleCollection : ICollectionFixture<LifecycleCluster>
{
    public const string Name = "lifecycle cluster";
}
