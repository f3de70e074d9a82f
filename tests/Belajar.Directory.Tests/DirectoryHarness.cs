using Belajar.Directory.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Directory.Tests;

/// <summary>An in-process emulator on a loopback port and a gateway talking to it over real HTTP.</summary>
public sealed class DirectoryHarness : IAsyncDisposable
{
    private DirectoryHarness(DirectoryEmulator emulator, DirectoryService service, DirectoryGateway gateway, FakeTimeProvider clock, ImmediateTimeProvider delays, DirectoryOptions options)
    {
        Emulator = emulator;
        Service = service;
        Gateway = gateway;
        Clock = clock;
        Delays = delays;
        Options = options;
    }

    public DirectoryEmulator Emulator { get; }

    public DirectoryService Service { get; }

    public DirectoryGateway Gateway { get; }

    /// <summary>The emulator's clock (starts at the real time so that JWTs are in their time frame).</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The gateway's back-off delays.</summary>
    public ImmediateTimeProvider Delays { get; }

    public DirectoryOptions Options { get; }

    /// <summary>A Reports API gateway on its own credential (the Reports scope), created on first use.</summary>
    public ReportsGateway Reports => _reports ??= new ReportsGateway(DirectoryServiceFactory.CreateReports(Options), Options, Delays);

    private ReportsGateway? _reports;

    public HttpClient Http { get; } = new();

    /// <summary>One key for every test (RSA generation is slow); its token_uri points nowhere, so the client's TokenUri must win.</summary>
    private static readonly Lazy<string> SharedKey = new(() => ServiceAccountKey.Create("http://127.0.0.1:9/token").Json);

    public static async Task<DirectoryHarness> StartAsync(Action<EmulatorOptions>? configureEmulator = null, Action<DirectoryOptions>? configureClient = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var emulatorOptions = new EmulatorOptions { ServiceAccountKeyJson = SharedKey.Value };
        configureEmulator?.Invoke(emulatorOptions);
        var emulator = await DirectoryEmulator.StartAsync(emulatorOptions, clock);
        var options = new DirectoryOptions
        {
            BaseUri = emulator.BaseUri.ToString(),
            ServiceAccountKeyJson = emulator.ServiceAccountKeyJson,
            TokenUri = emulator.TokenUri.ToString(),
            AdminEmail = emulator.AdminEmail,
            MaxRetries = 4,
        };
        configureClient?.Invoke(options);
        var service = DirectoryServiceFactory.Create(options);
        var delays = new ImmediateTimeProvider(clock);
        return new DirectoryHarness(emulator, service, new DirectoryGateway(service, options, delays), clock, delays, options);
    }

    public static User NewUser(string local, string externalId, string orgUnitPath = "/", string domain = "belajar.id") => new()
    {
        PrimaryEmail = $"{local}@{domain}",
        Name = new UserName { GivenName = "Siti", FamilyName = "Rahma" },
        Password = "Rahasia-123",
        ChangePasswordAtNextLogin = true,
        OrgUnitPath = orgUnitPath,
        ExternalIds = [new UserExternalId { Value = externalId, Type = "organization" }],
        Organizations = [new UserOrganization { Name = "SDN 1 Contoh", CostCenter = "20100001", Primary = true }],
    };

    /// <summary>Signs <paramref name="email"/> in through <c>/emulator/signin</c> (new password and terms given); the status.</summary>
    public async Task<System.Net.HttpStatusCode> SignInAsync(string email, string password = "Rahasia-123")
    {
        using var response = await Http.PostAsync(new Uri(Emulator.BaseUri, "emulator/signin"), System.Net.Http.Json.JsonContent.Create(new { email, password, newPassword = "Baru-12345", acceptTerms = true }));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Service.Dispose();
        _reports?.Service.Dispose();
        await Emulator.DisposeAsync();
    }
}
