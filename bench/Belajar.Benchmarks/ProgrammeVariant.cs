using System.Globalization;
using System.Net.Http.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Belajar.Benchmarks;

/// <summary>
/// One way of running the programme (its <c>Lifecycle:*</c> settings) on a cluster and an emulator of its own: one silo of the
/// real hosting configuration (embedded profile) whose grains (their timers and <c>TimeProvider</c>) and reminder service run on
/// the programme's shared clock (<see cref="ProgrammeClock"/>). The silo's own machinery (messaging and its request timeouts,
/// membership, system timers, activation collection, the directory cache) keeps real time, as Orleans provides for
/// (<see cref="TimeProviderNames"/>): a step of the programme's clock then neither times out a call in flight nor runs every
/// maintenance loop it passes. The reminder service keeps every reminder loaded from its registration until its removal and
/// refreshes its list from the table only once, as it starts (<see cref="KeepLoaded"/>): on one silo the table holds only what
/// the service itself wrote, and a refresh emits no event, so the held clock could neither wait for one nor know when it is
/// due, while it may start and stop reminders in the middle of a step.
/// </summary>
internal sealed class ProgrammeVariant(string name, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    /// <summary>The programme's clock: every variant's silo runs on it, moved by <see cref="ProgrammeBenchmark"/>.</summary>
    public static ProgrammeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// Orleans' reminder loading window and list refresh period on the programme's silos: longer than any programme played, so a
    /// reminder is loaded when it is registered and stays loaded until it is removed (no tick depends on a refresh), and the
    /// list refresh runs once, within 30 s of the start (Orleans' stagger), and not again.
    /// </summary>
    public static readonly TimeSpan KeepLoaded = TimeSpan.FromDays(3650);

    /// <summary>How long a call may wait for its answer, on the real clock (10 minutes; the smoke sets it shorter).</summary>
    public static TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, (string Email, string Password)> _logins = new(StringComparer.Ordinal);
    private const string SignInDiscoverySetting = "Lifecycle:SignInDiscovery";

    private TestCluster? _cluster;
    private bool _signInsFromActivities;

    public string Name { get; } = name;

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public IGrainFactory Grains => _cluster!.Client;

    /// <summary>The silo, as the held clock sees it: its address in the reminder events and its reminder table.</summary>
    public HeldSilo Silo => new(
        Name, _cluster!.Primary!.SiloAddress, ((InProcessSiloHandle)_cluster.Primary).SiloHost!.Services.GetRequiredService<IReminderTable>());

    /// <summary>Calls by method so far (what <c>GET /emulator/stats</c> answers).</summary>
    public Dictionary<string, long> Calls => new(Emulator.Stats.ByMethod, StringComparer.Ordinal);

    /// <summary>
    /// Starts the variant's emulator and silo, and again on fresh ones (up to <see cref="MaxStarts"/> times in all) while the silo
    /// cannot reach the national region grain (<see cref="ReachesNationalRegionAsync"/>).
    /// </summary>
    public async Task StartAsync(DateTimeOffset deadline)
    {
        for (var start = 1; ; start++)
        {
            await StartOnceAsync(deadline);
            if (await ReachesNationalRegionAsync())
            {
                return;
            }

            await DisposeAsync();
            if (start == MaxStarts)
            {
                throw new InvalidOperationException($"{Name}: on {MaxStarts} fresh silos the national region grain did not answer within {HeldClock.Patience}.");
            }

            Console.Error.WriteLine($"programme: {Name}: the silo's national region grain did not answer within {HeldClock.Patience}; starting on a fresh silo");
        }
    }

    private const int MaxStarts = 3;

    /// <summary>
    /// Whether the national region grain answers within <see cref="HeldClock.Patience"/> of real time. The silo's start-up check
    /// (<c>DeactivationWindowCheck</c>, at the <c>Active</c> stage) calls it as the silo becomes active, and Orleans' grain
    /// directory sometimes never answers a lookup made then, before its first view of the cluster (in the Orleans log: the
    /// lookup, and no activation): every message to that grain then waits behind that lookup for as long as the silo lives.
    /// Every school reports its counters up to the national region, so its operator's download (which marks the accounts
    /// distributed) and each sync would wait for their response timeout. A fresh silo is started instead.
    /// </summary>
    private async Task<bool> ReachesNationalRegionAsync()
    {
        try
        {
            await Grains.GetGrain<IRegionGrain>(GrainKeys.Region(IRegionGrain.NationalKode)).GetStatsAsync().WaitAsync(HeldClock.Patience);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task StartOnceAsync(DateTimeOffset deadline)
    {
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(null, silos: 1);
        builder.Options.ServiceId = $"programme-{Guid.NewGuid():N}"[..18];
        builder.UseDirectoryEmulator(Emulator);
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Secrets:PasswordKeys:bench"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "bench";
        builder.Properties["Logging:LogLevel:Default"] = "Warning";
        builder.Properties["Lifecycle:ActivationDeadline"] = deadline.ToString("O", CultureInfo.InvariantCulture);
        builder.Properties["Lifecycle:MinimumGracePeriod"] = "00:00:00";
        foreach (var (key, value) in settings)
        {
            builder.Properties[key] = value;
        }

        // discovery from the login activities starts once the held clock watches (StartSignInDiscoveryAsync): a reminder
        // registered while the silo starts arms before anyone listens, and the clock would wait for it forever
        _signInsFromActivities = settings.GetValueOrDefault(SignInDiscoverySetting) == nameof(SignInDiscoveryMode.Activities);
        if (_signInsFromActivities)
        {
            builder.Properties[SignInDiscoverySetting] = nameof(SignInDiscoveryMode.Listing);
        }

        builder.AddSiloBuilderConfigurator<ClockConfigurator>();
        builder.AddClientBuilderConfigurator<PatientClient>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>
    /// With <c>Lifecycle:SignInDiscovery</c> = <c>Activities</c> in the variant's settings: switches the silo's live options to it
    /// and registers the discovery's reminder (what a silo start does), now that the held clock sees its events.
    /// </summary>
    public async Task StartSignInDiscoveryAsync()
    {
        if (!_signInsFromActivities)
        {
            return;
        }

        ((InProcessSiloHandle)_cluster!.Primary!).SiloHost!.Services.GetRequiredService<IOptions<LifecycleOptions>>().Value.SignInDiscovery = SignInDiscoveryMode.Activities;
        await Grains.GetGrain<ISignInDiscoveryGrain>(ISignInDiscoveryGrain.Key).EnsureScheduledAsync();
    }

    /// <summary>Provisions each school (its roster through the school grain), then its operator downloads every account.</summary>
    public async Task ProvisionAsync(IReadOnlyList<(SchoolInfo School, List<AccountSpec> Specs)> schools)
    {
        foreach (var (school, specs) in schools)
        {
            await Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn)).AcceptRosterAsync(new SchoolProvisioning($"run-{school.Npsn}", school, specs));
        }

        foreach (var (school, specs) in schools)
        {
            var grain = Grains.GetGrain<ISchoolGrain>(GrainKeys.School(school.Npsn));
            await Poll.UntilAsync(
                () => grain.GetAccountsAsync(null), v => v.Count == specs.Count && v.All(a => a.Status == AccountStatus.Created),
                TimeSpan.FromMinutes(10), $"{Name}: the {specs.Count} accounts of {school.Npsn} to be created");
            foreach (var row in await grain.GetCredentialsAsync(AccountKind.PesertaDidik, markDistributed: true))
            {
                _logins[row.Account.AccountKey] = (row.Account.UserId!, row.InitialPassword!);
            }
        }
    }

    /// <summary>The person signs in at the emulator for the first time: a new password, the terms accepted.</summary>
    public async Task SignInAsync(HttpClient http, string accountKey)
    {
        var (email, password) = _logins[accountKey];
        using var response = await http.PostAsJsonAsync(new Uri(Emulator.BaseUri, "emulator/signin"), new { email, password, newPassword = "Pilihan-Sendiri-42", acceptTerms = true });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Users the emulator holds suspended, and how many of them ever signed in.</summary>
    public (int Suspended, int SuspendedButUsed) Suspensions() =>
        (Emulator.Users.Count(u => u.Suspended), Emulator.Users.Count(u => u.Suspended && u.LastLoginTime is not null && u.LastLoginTime > DateTimeOffset.UnixEpoch));

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            // the figures are read: a graceful stop waits 30 s of real time per silo for nothing the benchmark needs
            foreach (var silo in _cluster.Silos.ToList())
            {
                await _cluster.KillSiloAsync(silo);
            }

            await _cluster.DisposeAsync();
            _cluster = null;
        }

        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
            Emulator = null!;
        }
    }

    private sealed class ClockConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock); // the grains' and, through Orleans' catch-all key, the reminders'
            foreach (var area in new[]
            {
                TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
                TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
            })
            {
                siloBuilder.Services.AddKeyedSingleton(area, TimeProvider.System);
            }

            // real time now: a call of the set-up (an operator's download of a school's credentials) may wait minutes for a
            // machine loaded many times over its cores; the benchmark counts calls, not time
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
            siloBuilder.Configure<ReminderOptions>(o =>
            {
                o.ReminderLoadingWindow = KeepLoaded;
                o.RefreshReminderListPeriod = KeepLoaded;
            });
        }
    }

    private sealed class PatientClient : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
    }
}
