using Belajar.DevHost;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// The api in its embedded default (co-hosted silo, the Directory emulator on a free loopback port, a temporary data folder),
/// without the start-up run, with a configured Pusdatin user; every log line captured.
/// </summary>
public class EmbeddedApp : IAsyncLifetime
{
    public const string PusdatinUser = "pusdatin.uji";
    public const string PusdatinPassword = "Pusdatin#Uji2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"belajar-app-{Guid.NewGuid():N}");
    private WebApplicationFactory<DevelopmentHost>? _factory;

    public CapturedLogs Logs { get; } = new();

    public WebApplicationFactory<DevelopmentHost> Factory => _factory!;

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// The emulator, started in the test process and given to the api through <c>Directory:BaseUri</c>: an emulator the api
    /// starts itself is built before the api's host, and WebApplicationFactory would take the emulator's host for the api's.
    /// </summary>
    public DirectoryEmulator Emulator { get; private set; } = null!;

    public HttpClient EmulatorHttp => new() { BaseAddress = Emulator.BaseUri };

    /// <summary>The emulator's quota (0 = unlimited).</summary>
    protected virtual int EmulatorQueriesPerMinute => 0;

    /// <summary>Settings beyond the embedded default's, for subclasses.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>();

    /// <summary>Services registered after the api's own (the co-hosted silo's too), for subclasses.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { QueriesPerMinute = EmulatorQueriesPerMinute });
        _factory = new WebApplicationFactory<DevelopmentHost>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Belajar:StartupRun:Enabled", "false");
            web.UseSetting("Belajar:StartupRun:ShowProgress", "false");
            web.UseSetting("Belajar:DataFolder", _dataFolder);
            web.UseSetting("Directory:BaseUri", Emulator.BaseUri.ToString());
            web.UseSetting("Directory:TokenUri", Emulator.TokenUri.ToString());
            web.UseSetting("Directory:ServiceAccountKeyJson", Emulator.ServiceAccountKeyJson);
            web.UseSetting("Directory:AdminEmail", Emulator.AdminEmail);
            web.UseSetting("Directory:QueriesPerMinute", "0");
            web.UseSetting("Directory:InitialBackoff", "00:00:00.050");
            web.UseSetting("Directory:MaxBackoff", "00:00:00.500");
            web.UseSetting("Identity:Users:0:Username", PusdatinUser);
            web.UseSetting("Identity:Users:0:PasswordHash", BCrypt.Net.BCrypt.HashPassword(PusdatinPassword, 4));
            web.UseSetting("Identity:Users:0:Role", "pusdatin");
            foreach (var (key, value) in ExtraSettings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
            web.ConfigureTestServices(ConfigureServices);
        });
        _ = Factory.Server;
        await Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }

        try
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temporary folder is harmless
        }
    }

    /// <summary>A client signed in with <c>POST /api/v1/auth/token</c>.</summary>
    public async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var http = Factory.CreateClient();
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public Task<HttpClient> PusdatinAsync() => SignedInAsync(PusdatinUser, PusdatinPassword);

    /// <summary>Starts a run through <c>POST /api/v1/runs</c> and answers its id.</summary>
    public async Task<string> StartRunAsync(HttpClient pusdatin, string snapshot, bool dryRun = false)
    {
        var response = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = snapshot, dryRun });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
    }

    /// <summary>Polls <c>GET /api/v1/runs/{id}</c> until the run is no longer running.</summary>
    public static Task<RunStatus> WaitForEndAsync(HttpClient pusdatin, string runId, TimeSpan? timeout = null) =>
        Poll.UntilAsync(
            async () => (await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{runId}", Json))!,
            s => s.State is RunState.Completed or RunState.Failed,
            timeout ?? TimeSpan.FromSeconds(60),
            $"run {runId} to end");

    public static async Task<RunReport> ReportAsync(HttpClient pusdatin, string runId) =>
        (await pusdatin.GetFromJsonAsync<RunReport>($"/api/v1/runs/{runId}/report", Json))!;
}
