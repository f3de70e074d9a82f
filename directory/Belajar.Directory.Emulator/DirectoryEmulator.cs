using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Belajar.Directory.Emulator;

/// <summary>
/// The Directory emulator as a loopback HTTP server: in process for tests (port 0 = a free port) and behind
/// <c>dotnet run --project directory/Belajar.Directory.Emulator</c>.
/// </summary>
public sealed class DirectoryEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private DirectoryEmulator(WebApplication app, EmulatorState state, Uri baseUri, string? keyPath)
    {
        _app = app;
        _state = state;
        BaseUri = baseUri;
        ServiceAccountKeyPath = keyPath;
    }

    /// <summary>The root of the emulator, e.g. <c>http://127.0.0.1:5090/</c> (the client's <c>BaseUri</c>).</summary>
    public Uri BaseUri { get; }

    /// <summary>The token endpoint, <c>{BaseUri}token</c>.</summary>
    public Uri TokenUri => TokenUriOf(BaseUri);

    /// <summary>The trusted service account's JSON key (its <c>token_uri</c> points at this emulator when it created the key).</summary>
    public string ServiceAccountKeyJson => _state.Tokens.Key!.Json;

    /// <summary>Where the key file is, when one was configured.</summary>
    public string? ServiceAccountKeyPath { get; }

    /// <summary>The administrator the service account may impersonate.</summary>
    public string AdminEmail => _state.Options.AdminEmail;

    /// <summary>
    /// The one definition of the settings that point a Directory client (a silo, the api) at this emulator: the four
    /// <c>Directory:*</c> entries (base URI, token URI, service-account key, administrator).
    /// </summary>
    public Dictionary<string, string> ClientSettings() => ClientSettings(BaseUri, ServiceAccountKeyJson, AdminEmail);

    /// <summary>The client settings of an emulator that will listen on <paramref name="baseUri"/> (one not started yet).</summary>
    public static Dictionary<string, string> ClientSettings(Uri baseUri, string serviceAccountKeyJson, string adminEmail) =>
        new(StringComparer.Ordinal)
        {
            ["Directory:BaseUri"] = baseUri.ToString(),
            ["Directory:TokenUri"] = TokenUriOf(baseUri).ToString(),
            ["Directory:ServiceAccountKeyJson"] = serviceAccountKeyJson,
            ["Directory:AdminEmail"] = adminEmail,
        };

    /// <summary>The token endpoint of an emulator on <paramref name="baseUri"/>.</summary>
    public static Uri TokenUriOf(Uri baseUri) => new(baseUri, "token");

    /// <summary>Faults, changeable at run time.</summary>
    public EmulatorFaults Faults => _state.Faults;

    /// <summary>The quota meter (set <see cref="QuotaMeter.QueriesPerMinute"/> at run time).</summary>
    public QuotaMeter Quota => _state.Quota;

    /// <summary>Every user held (a snapshot).</summary>
    public IReadOnlyCollection<EmulatedUser> Users => [.. _state.Store.Users];

    /// <summary>The state: users, org units, role assignments.</summary>
    public DirectoryStore Store => _state.Store;

    /// <summary>Calls counted, throttled and per minute.</summary>
    public EmulatorStats Stats => _state.Stats();

    /// <summary>The Reports API's own quota meter (set <see cref="QuotaMeter.QueriesPerMinute"/> at run time).</summary>
    public QuotaMeter ReportsQuota => _state.ReportsQuota;

    /// <summary>The login activities recorded by sign-ins (the Reports API's <c>login</c> application).</summary>
    public ActivityLog Activities => _state.Activities;

    /// <summary>The user by primary email or id, or null.</summary>
    public EmulatedUser? FindUser(string userKey) => _state.Store.Find(userKey);

    /// <summary>Forgets users, org units, assignments, counts and faults.</summary>
    public void Reset() => _state.Reset();

    /// <summary>Starts an emulator on the system clock.</summary>
    public static Task<DirectoryEmulator> StartAsync(EmulatorOptions options, CancellationToken ct = default) =>
        StartAsync(options, TimeProvider.System, ct);

    /// <summary>Starts an emulator whose quota minutes, creation times, sign-ins, tokens and latency follow <paramref name="timeProvider"/>.</summary>
    public static async Task<DirectoryEmulator> StartAsync(EmulatorOptions options, TimeProvider timeProvider, CancellationToken ct = default, string[]? args = null)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.Logging.SetMinimumLevel(options.LogRequests ? LogLevel.Information : LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64 * 1024 * 1024);
        var app = builder.Build();
        var state = new EmulatorState(options, timeProvider);
        app.MapGet("/", () => "Directory emulator: Google's /admin/directory/v1, /batch/admin/directory_v1, /admin/reports/v1 (login activities) and /token; /emulator/signin, /emulator/users, /emulator/stats, /emulator/faults, /emulator/faults/users, /emulator/reset");
        app.MapGoogleEndpoints(state);
        app.MapEmulatorEndpoints(state);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUri = new Uri(address.TrimEnd('/') + "/");
        var tokenUri = new Uri(baseUri, "token").ToString();
        state.Tokens.TokenUri = tokenUri;
        state.Tokens.Key = options.ServiceAccountKeyJson is { } json ? ServiceAccountKey.Load(json)
            : options.ServiceAccountKeyPath is { } path ? ServiceAccountKey.LoadOrCreate(path, tokenUri)
            : ServiceAccountKey.Create(tokenUri);
        return new DirectoryEmulator(app, state, baseUri, options.ServiceAccountKeyPath);
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
