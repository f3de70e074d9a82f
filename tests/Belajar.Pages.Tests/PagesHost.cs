using Belajar.DevHost;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Pages.Tests;

/// <summary>
/// The real api (embedded profile: co-hosted silo, Directory emulator, the sample snapshot's start-up run) on Kestrel on a free
/// loopback port, so that a real browser can reach it; configured Pusdatin, Dinas and regional administrator users.
/// </summary>
public sealed class PagesHost : IAsyncLifetime
{
    public const string PusdatinUser = "pusdatin.ops";
    public const string PusdatinPassword = "Pusdatin#Rahasia1";
    public const string DinasUser = "dinas.jabar";
    public const string DinasPassword = "Dinas#Rahasia2";
    public const string DinasRegion = "020000";
    public const string AdminUser = "admin.bandung";
    public const string AdminPassword = "Admin#Rahasia3";
    public const string AdminRegion = "020100";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "belajar-pages-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<DevelopmentHost>? _factory;
    private DirectoryEmulator? _emulator;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>The start-up run, completed.</summary>
    public RunStatus StartupRun { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The emulator is started here, not by the api: WebApplicationFactory takes the first host built while it builds the
        // api, and the api's embedded default would build the emulator's first.
        _emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = FreeLoopbackPort(), QueriesPerMinute = 2400 });
        var settings = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Belajar:DataFolder"] = _dataFolder,
            ["Directory:BaseUri"] = _emulator.BaseUri.ToString(),
            ["Directory:TokenUri"] = _emulator.TokenUri.ToString(),
            ["Directory:ServiceAccountKeyJson"] = _emulator.ServiceAccountKeyJson,
            ["Directory:AdminEmail"] = _emulator.AdminEmail,
            ["Identity:HashWorkFactor"] = "4",
            ["Belajar:StartupRun:ShowProgress"] = "false",
        };
        AddUser(settings, 0, PusdatinUser, PusdatinPassword, "pusdatin", null);
        AddUser(settings, 1, DinasUser, DinasPassword, "dinas", DinasRegion);
        AddUser(settings, 2, AdminUser, AdminPassword, "admin-wilayah", AdminRegion);

        _factory = new WebApplicationFactory<DevelopmentHost>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        using var http = await ClientAsync(PusdatinUser, PusdatinPassword);
        StartupRun = await Poll.UntilAsync(
            async () => (await http.GetFromJsonAsync<List<RunStatus>>("/api/v1/runs", Json.Options))!,
            runs => runs.Count > 0 && runs[0].State is RunState.Completed or RunState.Failed,
            TimeSpan.FromSeconds(90),
            "the start-up run to complete").ContinueWith(t => t.Result[0]);
        Assert.Equal(RunState.Completed, StartupRun.State);
    }

    /// <summary>An HTTP client of the host, signed in as <paramref name="username"/> when given.</summary>
    public async Task<HttpClient> ClientAsync(string? username = null, string? password = null)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (username is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(username, password!));
        }

        return http;
    }

    public async Task<string> TokenAsync(string username, string password)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        try
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open: the temp folder is cleaned by the system
        }
    }

    private static void AddUser(Dictionary<string, string> settings, int index, string username, string password, string role, string? region)
    {
        settings[$"Identity:Users:{index}:Username"] = username;
        settings[$"Identity:Users:{index}:PasswordHash"] = BCrypt.Net.BCrypt.HashPassword(password, 4);
        settings[$"Identity:Users:{index}:Role"] = role;
        if (region is not null)
        {
            settings[$"Identity:Users:{index}:KodeWilayah"] = region;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record TokenAnswer(string AccessToken, int ExpiresIn);
}

/// <summary>The one host shared by every test of this project.</summary>
[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<PagesHost>, ICollectionFixture<SystemBrowser>
{
    public const string Name = "pages";
}
