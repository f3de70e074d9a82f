using Belajar.Domain;
using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Directory;
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
        var (school, specs) = TestSchools.Create(n, accounts);
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

    /// <summary>The account's deadline due time under the silo's current options (spread by its own key).</summary>
    public DateTimeOffset DueAt(AccountView account) => DeadlineSchedule.DueAt(account.CreatedAt!.Value, account.AccountKey, Options);

    /// <summary>The silo's reminder table.</summary>
    public IReminderTable ReminderTable => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<IReminderTable>();

    /// <summary>The account's own <c>deadline</c> reminder row, or null.</summary>
    public Task<ReminderEntry?> ReadDeadlineReminderAsync(AccountView account) =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<IReminderTable>()
            .ReadRow(Grains.GetGrain<IAccountGrain>(account.AccountKey).GetGrainId(), "deadline");

    /// <summary>
    /// Lets the silo's reminder service run on the grains' clock: moves it to <paramref name="from"/>, then one
    /// <paramref name="step"/> per poll (the service loads what falls due within its loading window at each refresh and fires it
    /// at its time) until <paramref name="done"/> holds. <paramref name="atEachStep"/> sees the clock before each step.
    /// </summary>
    public static Task StepUntilAsync(DateTimeOffset from, TimeSpan step, Func<Task<bool>> done, string what, Func<DateTimeOffset, Task>? atEachStep = null) =>
        StepUntilAsync(Clock, from, step, done, what, atEachStep);

    /// <inheritdoc cref="StepUntilAsync(DateTimeOffset, TimeSpan, Func{Task{bool}}, string, Func{DateTimeOffset, Task}?)"/>
    public static async Task StepUntilAsync(FakeTimeProvider clock, DateTimeOffset from, TimeSpan step, Func<Task<bool>> done, string what, Func<DateTimeOffset, Task>? atEachStep = null)
    {
        if (from > clock.GetUtcNow())
        {
            clock.SetUtcNow(from);
        }

        await Poll.UntilAsync(
            async () =>
            {
                if (await done())
                {
                    return true;
                }

                if (atEachStep is not null)
                {
                    await atEachStep(clock.GetUtcNow());
                }

                clock.Advance(step);
                return false;
            },
            d => d, TimeSpan.FromSeconds(120), what);
    }

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

    /// <summary>The silo's Directory calls, whose permits a test may hold back (<see cref="PermitHold"/>).</summary>
    public PermitHold Permits => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredService<PermitHold>();

    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddSingleton<QuotaDirectoryCalls>();
            siloBuilder.Services.AddSingleton<PermitHold>();
            siloBuilder.Services.AddSingleton<IDirectoryCalls>(sp => sp.GetRequiredService<PermitHold>());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LifecycleCollection : ICollectionFixture<LifecycleCluster>
{
    public const string Name = "lifecycle cluster";
}
