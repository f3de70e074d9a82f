using Belajar.DevHost;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Belajar.TestSupport;

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

    private LocalApp? _app;

    public CapturedLogs Logs { get; } = new();

    public WebApplicationFactory<DevelopmentHost> Factory => _app!.Factory;

    public IGrainFactory Grains => _app!.Grains;

    /// <summary>The emulator the api talks to (through <c>Directory:BaseUri</c>).</summary>
    public DirectoryEmulator Emulator => _app!.Emulator;

    public HttpClient EmulatorHttp => new() { BaseAddress = Emulator.BaseUri };

    /// <summary>The emulator's quota (0 = unlimited).</summary>
    protected virtual int EmulatorQueriesPerMinute => 0;

    /// <summary>The host's clock for subclasses (a <c>FakeTimeProvider</c>); null: the system clock.</summary>
    protected virtual TimeProvider? HostClock => null;

    /// <summary>Settings beyond the embedded default's, for subclasses.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>();

    /// <summary>Services registered after the api's own (the co-hosted silo's too), for subclasses.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Directory:QueriesPerMinute"] = "0",
            ["Directory:InitialBackoff"] = "00:00:00.050",
            ["Directory:MaxBackoff"] = "00:00:00.500",

            // the tests' rosters are tiny: one leaver is more than 5 % of a province (MassChangeGuardTests test the guard)
            ["Runs:MassChange:MaxShare"] = "1",
            ["Runs:MassChange:MaxAccounts"] = "1000000",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        _app = await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "provisioning",
            Emulator = new EmulatorOptions { QueriesPerMinute = EmulatorQueriesPerMinute },
            Users = [new(PusdatinUser, PusdatinPassword, "pusdatin")],
            Clock = HostClock,
            Settings = settings,
            Logs = Logs,
            Services = ConfigureServices,
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A client signed in with <c>POST /api/v1/auth/token</c>.</summary>
    public Task<HttpClient> SignedInAsync(string username, string password) => _app!.SignedInAsync(username, password);

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
