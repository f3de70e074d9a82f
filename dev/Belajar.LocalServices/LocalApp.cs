using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.DevHost;
using Belajar.Directory.Emulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belajar.LocalServices;

/// <summary>A user the app is configured with (<c>Identity:Users</c>): Pusdatin, Dinas or regional administrator.</summary>
public sealed record LocalUser(string Username, string Password, string Role, string? KodeWilayah = null);

/// <summary>The knobs of a <see cref="LocalApp"/>; every one has the default most tests want.</summary>
public sealed class LocalAppOptions
{
    /// <summary>The emulator the app talks to (started by the app, on a free loopback port unless a port is given).</summary>
    public EmulatorOptions Emulator { get; init; } = new();

    /// <summary>The configured users.</summary>
    public IReadOnlyList<LocalUser> Users { get; init; } = [];

    /// <summary>The host's clock (all host services, grains included); the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Settings beyond the defaults (they win over them).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the start-up run over the sample snapshot runs (off by default: tests start their own runs).</summary>
    public bool StartupRun { get; init; }

    /// <summary>On Kestrel on a free loopback port (for a browser or a benchmark's own HTTP clients) instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    /// <summary>A log sink added to the host's logging, at Debug and above.</summary>
    public ILoggerProvider? Logs { get; init; }

    /// <summary>Services registered after the host's own (the co-hosted silo's too).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>Names the temporary data folder, to tell leftovers apart.</summary>
    public string Name { get; init; } = "app";
}

/// <summary>
/// The development host (<see cref="DevelopmentHost"/>: co-hosted silo with in-memory storage, api) behind
/// <see cref="WebApplicationFactory{TEntryPoint}"/>, with the Directory emulator it talks to, a temporary data folder and the
/// configured users: the one app host of the tests and the benchmarks.
/// </summary>
public sealed class LocalApp : IAsyncDisposable
{
    /// <summary>The bcrypt work factor of test users and of the app's own hashing: the cheapest bcrypt accepts.</summary>
    public const int HashWorkFactor = 4;

    private readonly string _dataFolder;
    private readonly WebApplicationFactory<DevelopmentHost> _factory;

    private LocalApp(DirectoryEmulator emulator, string dataFolder, WebApplicationFactory<DevelopmentHost> factory)
    {
        Emulator = emulator;
        _dataFolder = dataFolder;
        _factory = factory;
    }

    public DirectoryEmulator Emulator { get; }

    public WebApplicationFactory<DevelopmentHost> Factory => _factory;

    public IServiceProvider Services => _factory.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Where the app listens, on Kestrel; null on the in-memory test server.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>Starts the emulator, then the app (the emulator first: WebApplicationFactory takes the first host built).</summary>
    public static async Task<LocalApp> StartAsync(LocalAppOptions options)
    {
        var emulator = await DirectoryEmulator.StartAsync(options.Emulator);
        var dataFolder = Path.Combine(Path.GetTempPath(), $"belajar-{options.Name}-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string>(emulator.ClientSettings(), StringComparer.Ordinal)
        {
            ["Belajar:DataFolder"] = dataFolder,
            ["Belajar:StartupRun:Enabled"] = options.StartupRun ? "true" : "false",
            ["Belajar:StartupRun:ShowProgress"] = "false",
            ["Identity:HashWorkFactor"] = HashWorkFactor.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            settings[$"Identity:Users:{i}:Username"] = user.Username;
            settings[$"Identity:Users:{i}:PasswordHash"] = BCrypt.Net.BCrypt.HashPassword(user.Password, HashWorkFactor);
            settings[$"Identity:Users:{i}:Role"] = user.Role;
            if (user.KodeWilayah is { } kode)
            {
                settings[$"Identity:Users:{i}:KodeWilayah"] = kode;
            }
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        if (options.Kestrel)
        {
            settings["urls"] = "http://127.0.0.1:0";
        }

        var factory = new WebApplicationFactory<DevelopmentHost>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            if (options.Logs is { } logs)
            {
                web.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            }

            if (options.Clock is { } clock)
            {
                web.ConfigureServices(services => services.AddSingleton(clock));
            }

            if (options.Services is { } configure)
            {
                web.ConfigureTestServices(configure);
            }
        });
        var app = new LocalApp(emulator, dataFolder, factory);
        try
        {
            if (options.Kestrel)
            {
                factory.UseKestrel(0);
                factory.StartServer();
                var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                app.BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
            }
            else
            {
                _ = factory.Server;
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>A client without a token (with its own connection pool on Kestrel).</summary>
    public HttpClient CreateClient() => BaseAddress is { } baseAddress
        ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = baseAddress }
        : _factory.CreateClient();

    /// <summary>An access token from <c>POST /api/v1/auth/token</c>, or null when the sign-in is refused.</summary>
    public async Task<string?> TryTokenAsync(string username, string password)
    {
        using var http = CreateClient();
        using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { username, password });
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()
            : null;
    }

    /// <summary>An access token from <c>POST /api/v1/auth/token</c>; throws with the answer when the sign-in is refused.</summary>
    public async Task<string> TokenAsync(string username, string password)
    {
        using var http = CreateClient();
        using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { username, password });
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!
            : throw new InvalidOperationException($"{username} cannot sign in: {(int)response.StatusCode} {body}");
    }

    /// <summary>A client signed in as <paramref name="username"/> (sign in again after moving a fake clock: tokens expire).</summary>
    public async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(username, password));
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _factory.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // the host's shutdown timeout ended its stop (on a loaded machine, grains still finishing work on the tests' fake
            // clock): the test has finished and asserted; the process ends what is left
        }

        await Emulator.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open, or no folder at all: the system cleans its temporary folder
        }
    }
}
