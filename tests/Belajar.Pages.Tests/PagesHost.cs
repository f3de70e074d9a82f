using System.Net.Http.Json;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.LocalServices;

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

    private LocalApp? _app;

    public Uri BaseAddress => _app!.BaseAddress!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>The grains of the co-hosted silo (to set a scene: a sync without the api's limit).</summary>
    public IGrainFactory Grains => _app!.Grains;

    /// <summary>The Directory emulator's address (<c>/emulator/signin</c> plays a person signing in to Google).</summary>
    public Uri EmulatorUri => _app!.Emulator.BaseUri;

    /// <summary>The start-up run, completed.</summary>
    public RunStatus StartupRun { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "pages",
            Kestrel = true,
            StartupRun = true,
            Emulator = new EmulatorOptions { QueriesPerMinute = 2400 },
            // no window at all: the accounts of the start-up run do not fit it (OpsPageTests shows the quota-fit warning)
            Settings = new Dictionary<string, string> { ["Lifecycle:DeactivationWindow"] = "00:00:00" },
            Users =
            [
                new(PusdatinUser, PusdatinPassword, "pusdatin"),
                new(DinasUser, DinasPassword, "dinas", DinasRegion),
                new(AdminUser, AdminPassword, "admin-wilayah", AdminRegion),
            ],
        });

        using var http = await ClientAsync(PusdatinUser, PusdatinPassword);
        StartupRun = await Poll.UntilAsync(
            async () => (await http.GetFromJsonAsync<List<RunStatus>>("/api/v1/runs", Json.Options))!,
            runs => runs.Count > 0 && runs[0].State is RunState.Completed or RunState.Failed,
            TimeSpan.FromSeconds(90),
            "the start-up run to complete").ContinueWith(t => t.Result[0]);
        Assert.Equal(RunState.Completed, StartupRun.State);
    }

    /// <summary>An HTTP client of the host, signed in as <paramref name="username"/> when given.</summary>
    public async Task<HttpClient> ClientAsync(string? username = null, string? password = null) =>
        username is null ? _app!.CreateClient() : await _app!.SignedInAsync(username, password!);

    public Task<string> TokenAsync(string username, string password) => _app!.TokenAsync(username, password);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The one host shared by every test of this project.</summary>
[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<PagesHost>, ICollectionFixture<SystemBrowser>
{
    public const string Name = "pages";
}
