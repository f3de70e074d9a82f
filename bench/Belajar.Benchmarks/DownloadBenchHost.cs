extern alias api;

using Belajar.Domain;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
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

    private readonly LocalApp _app;
    private string? _operatorHash;

    private DownloadBenchHost(LocalApp app) => _app = app;

    public Uri BaseAddress => _app.BaseAddress!;

    public IGrainFactory Grains => _app.Grains;

    public static async Task<DownloadBenchHost> StartAsync(int queriesPerMinute) =>
        new(await LocalApp.StartAsync(new LocalAppOptions
        {
            Name = "bench-download",
            Kestrel = true,
            Users = [new(PusdatinUser, PusdatinPassword, "pusdatin")],
            Settings = new Dictionary<string, string>
            {
                ["Directory:QueriesPerMinute"] = queriesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            },
        }));

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

    /// <summary>
    /// Lets one operator of <paramref name="npsn"/> sign in (replaces the operators in the cluster). The same hash each time, so
    /// that adding the operator again after a run replaced the operators keeps its tokens' security stamp valid.
    /// </summary>
    public Task AddOperatorAsync(string username, string password, string npsn)
    {
        _operatorHash ??= BCrypt.Net.BCrypt.HashPassword(password, 4);
        return _app.Services.GetRequiredService<OperatorUsers>().ReplaceAsync([(username, _operatorHash, npsn, "Operator Bench")]);
    }

    /// <summary>A client with its own connection pool, signed in once with <c>POST /api/v1/auth/token</c>.</summary>
    public Task<HttpClient> SignedInAsync(string username, string password) => _app.SignedInAsync(username, password);

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

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
