using Belajar.DevHost;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belajar.Abstractions.Runs;
using Belajar.Api.Runs;
using Belajar.Directory.Emulator;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>
/// The real api in its embedded default (co-hosted silo, real grains) over the committed sample snapshot, with the Directory
/// emulator on a loopback port and every host service (grains, tokens) on a <see cref="FakeTimeProvider"/>; a Dinas user of
/// school A's province and a regional administrator of its kabupaten/kota are configured, operators come from the snapshot.
/// Running the scenario (<see cref="StatsScenario"/>) is the test class's business.
/// </summary>
public sealed class StatsApp : IAsyncLifetime
{
    public const string PusdatinUser = "pusdatin.statistik";
    public const string DinasUser = "dinas.statistik";
    public const string AdminWilayahUser = "admin.wilayah.statistik";
    public const string Password = "Statistik#Uji2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"belajar-stats-{Guid.NewGuid():N}");
    private WebApplicationFactory<DevelopmentHost>? _factory;

    /// <summary>The host's clock: starts now, moved forward by the scenario.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The deadline the app runs with: 30 days after the start.</summary>
    public DateTimeOffset Deadline { get; private set; }

    public SampleSnapshot Sample { get; } = new(Belajar.DevHost.Embedded.SampleSnapshot.Find() ?? throw new InvalidOperationException("samples/snapshot not found above the test's folder"));

    public DirectoryEmulator Emulator { get; private set; } = null!;

    public IGrainFactory Grains => _factory!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        Deadline = Clock.GetUtcNow().AddDays(30);
        Emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var hash = BCrypt.Net.BCrypt.HashPassword(Password, 4);
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
            web.UseSetting("Lifecycle:ActivationDeadline", Deadline.ToString("O"));
            web.UseSetting("Lifecycle:MinimumGracePeriod", "10.00:00:00");
            web.UseSetting("Lifecycle:DeactivationWindow", "00:30:00");
            (string User, string Role, string? Kode)[] users =
                [(PusdatinUser, "pusdatin", null), (DinasUser, "dinas", Sample.ProvinceA), (AdminWilayahUser, "admin-wilayah", Sample.KabupatenA)];
            for (var i = 0; i < users.Length; i++)
            {
                web.UseSetting($"Identity:Users:{i}:Username", users[i].User);
                web.UseSetting($"Identity:Users:{i}:PasswordHash", hash);
                web.UseSetting($"Identity:Users:{i}:Role", users[i].Role);
                if (users[i].Kode is { } kode)
                {
                    web.UseSetting($"Identity:Users:{i}:KodeWilayah", kode);
                }
            }

            web.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        _ = _factory.Server;
        await Task.CompletedTask;
    }

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous() => _factory!.CreateClient();

    /// <summary>A client signed in with <c>POST /api/v1/auth/token</c> (sign in again after moving the clock: tokens expire).</summary>
    public async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var http = _factory!.CreateClient();
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Runs the sample snapshot through <c>POST /api/v1/runs</c> and waits for its end.</summary>
    public async Task<RunStatus> RunSampleAsync()
    {
        var pusdatin = await SignedInAsync(PusdatinUser, Password);
        var start = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = Sample.Folder, dryRun = false });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var runId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        return await Poll.UntilAsync(
            async () =>
            {
                Clock.Advance(TimeSpan.FromSeconds(1)); // the run's timers tick on this clock: let time pass while waiting
                return (await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{runId}", Json))!;
            },
            s => s.State is RunState.Completed or RunState.Failed, TimeSpan.FromSeconds(120), $"run {runId} to end");
    }

    public async Task DisposeAsync()
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
}
