using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belajar.Abstractions.Runs;
using Belajar.Api.Runs;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;
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

    private LocalApp? _app;

    /// <summary>The host's clock: starts now, moved forward by the scenario.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The deadline the app runs with: 30 days after the start.</summary>
    public DateTimeOffset Deadline { get; private set; }

    public SampleSnapshot Sample { get; } = new(Belajar.DevHost.Embedded.SampleSnapshot.Find() ?? throw new InvalidOperationException("samples/snapshot not found above the test's folder"));

    public DirectoryEmulator Emulator => _app!.Emulator;

    public IGrainFactory Grains => _app!.Grains;

    /// <summary>The host's services (its endpoint data source, for the generated authorization matrix).</summary>
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        Deadline = Clock.GetUtcNow().AddDays(30);
        _app = await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "stats",
            Clock = Clock,
            Users =
            [
                new(PusdatinUser, Password, "pusdatin"),
                new(DinasUser, Password, "dinas", Sample.ProvinceA),
                new(AdminWilayahUser, Password, "admin-wilayah", Sample.KabupatenA),
            ],
            Settings = new Dictionary<string, string>
            {
                ["Directory:QueriesPerMinute"] = "0",
                ["Lifecycle:ActivationDeadline"] = Deadline.ToString("O"),
                ["Lifecycle:MinimumGracePeriod"] = "10.00:00:00",
                ["Lifecycle:DeactivationWindow"] = "00:30:00",
            },
        });
    }

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous() => _app!.CreateClient();

    /// <summary>A client signed in with <c>POST /api/v1/auth/token</c> (sign in again after moving the clock: tokens expire).</summary>
    public Task<HttpClient> SignedInAsync(string username, string password) => _app!.SignedInAsync(username, password);

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
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
