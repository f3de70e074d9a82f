extern alias api;

using Belajar.Domain;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Belajar.DevHost;
using OperatorUsers = api::Belajar.Api.Auth.OperatorUsers;

namespace Belajar.Benchmarks;

/// <summary>
/// The real api in its embedded default (co-hosted silo, memory storage) on Kestrel on a loopback port, with the Directory emulator
/// in process; the start-up run off, logging at Warning (one console line per download would measure the console).
/// </summary>
internal sealed class DownloadBenchHost : IAsyncDisposable
{
    public const string PusdatinUser = "pusdatin.bench";
    public const string PusdatinPassword = "Pusdatin#Bench2026";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"belajar-bench-download-{Guid.NewGuid():N}");
    private DirectoryEmulator _emulator = null!;
    private WebApplicationFactory<DevelopmentHost> _factory = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public static async Task<DownloadBenchHost> StartAsync(int queriesPerMinute)
    {
        var host = new DownloadBenchHost();
        host._emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var emulator = host._emulator;
        host._factory = new WebApplicationFactory<DevelopmentHost>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Belajar:StartupRun:Enabled", "false");
            web.UseSetting("Belajar:StartupRun:ShowProgress", "false");
            web.UseSetting("Belajar:DataFolder", host._dataFolder);
            web.UseSetting("Directory:BaseUri", emulator.BaseUri.ToString());
            web.UseSetting("Directory:TokenUri", emulator.TokenUri.ToString());
            web.UseSetting("Directory:ServiceAccountKeyJson", emulator.ServiceAccountKeyJson);
            web.UseSetting("Directory:AdminEmail", emulator.AdminEmail);
            web.UseSetting("Directory:QueriesPerMinute", queriesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("Identity:Users:0:Username", PusdatinUser);
            web.UseSetting("Identity:Users:0:PasswordHash", BCrypt.Net.BCrypt.HashPassword(PusdatinPassword, 4));
            web.UseSetting("Identity:Users:0:Role", "pusdatin");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        });
        host._factory.UseKestrel(0);
        host._factory.StartServer();
        var address = host._factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return host;
    }

    /// <summary>A school with <paramref name="accounts"/> learners, provisioned through its grain (AcceptRoster) until all are created.</summary>
    public async Task<SchoolInfo> ProvisionSchoolAsync(string npsn, int accounts)
    {
        var names = new SyntheticNames(11);
        var school = new SchoolInfo(npsn, "SD Negeri Unduh Bench", 5, "310101", "Kec. Bench", "Kota Bench", "Prov. Bench");
        var orgUnit = OrgUnitPaths.For(school.Provinsi, school.KabupatenKota, school.Npsn);
        var specs = Enumerable.Range(0, accounts)
            .Select(i => new AccountSpec($"pd-{npsn}{i:D5}", AccountRole.PesertaDidik, Jenjang.SD, npsn, $"{npsn[..3]}{i:D7}",
                names.Next(), null, 1 + (i % 6), $"{1 + (i % 6)}{(char)('A' + (i % 3))}", orgUnit))
            .ToList();
        var grain = Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
        await grain.AcceptRosterAsync(new SchoolProvisioning("run-bench-download", school, specs));
        await Poll.UntilAsync(grain.GetCountersAsync, c => c.Created + c.Failed == accounts, TimeSpan.FromMinutes(10), $"the {accounts} accounts of {npsn}");
        return school;
    }

    /// <summary>Lets one operator of <paramref name="npsn"/> sign in (replaces the operators the api knows).</summary>
    public void AddOperator(string username, string password, string npsn) =>
        _factory.Services.GetRequiredService<OperatorUsers>().Replace([(username, BCrypt.Net.BCrypt.HashPassword(password, 4), npsn, "Operator Bench")]);

    /// <summary>A client with its own connection pool, signed in once with <c>POST /api/v1/auth/token</c>.</summary>
    public async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = BaseAddress };
        using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { username, password });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"sign-in of {username}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Starts a run over <paramref name="snapshot"/> with <c>POST /api/v1/runs</c> (loads the snapshot's operators).</summary>
    public static async Task<string> StartRunAsync(HttpClient pusdatin, string snapshot)
    {
        using var response = await pusdatin.PostAsJsonAsync("api/v1/runs", new { snapshotPath = snapshot, dryRun = false });
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"run start: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
    }

    public static async Task<RunStatus> RunStatusAsync(HttpClient pusdatin, string runId) =>
        (await pusdatin.GetFromJsonAsync<RunStatus>($"api/v1/runs/{runId}", Json))!;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _emulator.DisposeAsync();
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
