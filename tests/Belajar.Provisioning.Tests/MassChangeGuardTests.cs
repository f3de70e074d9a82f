using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Orleans.TestingHost;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// The guard against mass changes, in the PostgreSQL profile: a silo on PostgreSQL with the Directory emulator, the cluster api
/// as its client, two Pusdatin users, every call over HTTP. Default limits (5 % of a province, 1,000 accounts).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MassChangeGuardTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Starter = "pusdatin.satu";
    private const string Second = "pusdatin.dua";
    private const string Password = "Pusdatin#Uji2026";

    private DirectoryEmulator _emulator = null!;
    private TestCluster _cluster = null!;
    private WebApplicationFactory<Program> _api = null!;

    [Fact]
    public async Task A_snapshot_with_a_province_missing_awaits_approval_that_its_starter_cannot_give_and_another_user_can()
    {
        var (delta, jakarta, bali, baliLearners) = await ProvisionTwoProvincesAsync();
        var newcomer = TestSnapshot.NewLearner("Rina Pendatang");
        var before = EmulatorUsers();
        using var starter = await SignedInAsync(Starter);
        using var second = await SignedInAsync(Second);

        var runId = await StartAsync(starter, delta.Add(jakarta, newcomer).Write());
        var waiting = await UntilNotRunningAsync(starter, runId);

        Assert.Equal(RunState.AwaitingApproval, waiting.State);
        var change = Assert.Single(waiting.MassChanges!);
        Assert.Equal((bali.Provinsi, 3L, 3L, true), (change.Provinsi, change.Accounts, change.Leaving, change.OverLimit));
        Assert.Equal(Starter, waiting.StartedBy);
        await AssertNothingChangedAsync(before, newcomer, bali, baliLearners, runId, starter);

        using var byStarter = await starter.PostAsync($"/api/v1/runs/{runId}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, byStarter.StatusCode);
        Assert.Contains("pengguna Pusdatin lain", await byStarter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await StatusAsync(starter, runId)).State);
        await AssertNothingChangedAsync(before, newcomer, bali, baliLearners, runId, starter);

        using var bySecond = await second.PostAsync($"/api/v1/runs/{runId}/approve", null);
        Assert.Equal(HttpStatusCode.OK, bySecond.StatusCode);
        var done = await UntilNotRunningAsync(starter, runId);

        Assert.Equal(RunState.Completed, done.State);
        Assert.Equal(Second, done.ApprovedBy);
        Assert.Equal(before.Count + 1, EmulatorUsers().Count);
        Assert.Equal(AccountStatus.Created, (await Grains.GetGrain<IAccountGrain>(newcomer.AccountKey).GetAsync())!.Status);
        var report = await ReportAsync(starter, runId);
        Assert.All(baliLearners, l => Assert.Contains(report.Gone, g => g.StartsWith(l.AccountKey, StringComparison.Ordinal)));
        Assert.Empty(await Grains.GetGrain<ISchoolGrain>(GrainKeys.School(bali.Npsn)).GetAccountsAsync(null));
    }

    [Fact]
    public async Task A_cancelled_run_ends_with_nothing_changed_and_can_no_longer_be_approved()
    {
        var (delta, jakarta, bali, baliLearners) = await ProvisionTwoProvincesAsync();
        var newcomer = TestSnapshot.NewLearner("Dodi Pendatang");
        var before = EmulatorUsers();
        using var starter = await SignedInAsync(Starter);
        using var second = await SignedInAsync(Second);
        var runId = await StartAsync(starter, delta.Add(jakarta, newcomer).Write());
        Assert.Equal(RunState.AwaitingApproval, (await UntilNotRunningAsync(starter, runId)).State);

        using var cancel = await starter.PostAsync($"/api/v1/runs/{runId}/cancel", null);
        using var approveAfter = await second.PostAsync($"/api/v1/runs/{runId}/approve", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approveAfter.StatusCode);
        Assert.Equal(RunState.Cancelled, (await StatusAsync(starter, runId)).State);
        await AssertNothingChangedAsync(before, newcomer, bali, baliLearners, runId, starter);
    }

    [Fact]
    public async Task A_small_delta_below_the_limits_runs_through_without_stopping()
    {
        var school = TestSnapshot.NewSchool("Prov. Jawa Barat", "Kab. Bandung", "020103");
        var learners = Enumerable.Range(0, 30).Select(i => TestSnapshot.NewLearner($"Siswa Bandung {Letters(i)}")).ToList();
        using var starter = await SignedInAsync(Starter);
        var first = new TestSnapshot().Add(school);
        learners.ForEach(l => first.Add(school, l));
        Assert.Equal(RunState.Completed, (await UntilNotRunningAsync(starter, await StartAsync(starter, first.Write()))).State);
        var newcomer = TestSnapshot.NewLearner("Wati Pendatang");

        // one leaver of 30 accounts (3.3 %) and one newcomer
        var delta = new TestSnapshot().Add(school).Add(school, newcomer);
        learners.Skip(1).ToList().ForEach(l => delta.Add(school, l));
        var runId = await StartAsync(starter, delta.Write());
        var status = await UntilNotRunningAsync(starter, runId);

        Assert.Equal(RunState.Completed, status.State);
        Assert.Null(status.ApprovedBy);
        var change = Assert.Single(status.MassChanges!);
        Assert.Equal((30L, 1L, false), (change.Accounts, change.Leaving, change.OverLimit));
        Assert.Equal(AccountStatus.Created, (await Grains.GetGrain<IAccountGrain>(newcomer.AccountKey).GetAsync())!.Status);
        Assert.Contains((await ReportAsync(starter, runId)).Gone, g => g.StartsWith(learners[0].AccountKey, StringComparison.Ordinal));
    }

    public async Task InitializeAsync()
    {
        var database = await postgres.CreateDatabaseAsync("mass_change");
        _emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        var builder = BelajarTestCluster.CreateBuilder(database, silos: 1);
        builder.UseDirectoryEmulator(_emulator);
        builder.Properties["Secrets:PasswordKeys:test"] = PasswordProtectionOptions.GenerateKey();
        builder.Properties["Secrets:ActivePasswordKeyId"] = "test";
        builder.Properties["Directory:QueriesPerMinute"] = "0";
        builder.Properties["Lifecycle:SuspendLeavers"] = "true";
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        _api = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseClusterOf(_cluster, database);
            web.UseSetting("Identity:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            web.UseSetting("Identity:HashWorkFactor", LocalApp.HashWorkFactor.ToString(CultureInfo.InvariantCulture));
            string[] users = [Starter, Second];
            for (var i = 0; i < users.Length; i++)
            {
                web.UseSetting($"Identity:Users:{i}:Username", users[i]);
                web.UseSetting($"Identity:Users:{i}:PasswordHash", BCrypt.Net.BCrypt.HashPassword(Password, LocalApp.HashWorkFactor));
                web.UseSetting($"Identity:Users:{i}:Role", "pusdatin");
            }
        });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private IGrainFactory Grains => _cluster.Client;

    /// <summary>
    /// A first run: a Jakarta school with two learners and a Bali school with three; answers the next snapshot with Bali's
    /// learners missing (to add a newcomer to), the schools and its learners.
    /// </summary>
    private async Task<(TestSnapshot Delta, School Jakarta, School Bali, List<Learner> BaliLearners)> ProvisionTwoProvincesAsync()
    {
        var jakarta = TestSnapshot.NewSchool();
        var bali = TestSnapshot.NewSchool("Prov. Bali", "Kota Denpasar", "220101");
        var baliLearners = new List<Learner> { TestSnapshot.NewLearner("Putu Ayu"), TestSnapshot.NewLearner("Made Wira"), TestSnapshot.NewLearner("Nyoman Sari") };
        var jakartaLearners = new[] { TestSnapshot.NewLearner("Andi Jakarta"), TestSnapshot.NewLearner("Budi Jakarta") };
        var snapshot = new TestSnapshot().Add(jakarta).Add(bali).Add(jakarta, jakartaLearners[0]).Add(jakarta, jakartaLearners[1]);
        baliLearners.ForEach(l => snapshot.Add(bali, l));
        using var starter = await SignedInAsync(Starter);
        var first = await UntilNotRunningAsync(starter, await StartAsync(starter, snapshot.Write()));
        Assert.Equal(RunState.Completed, first.State);
        Assert.Equal(5, first.AccountsCreated);

        // the next snapshot, as if the export of Bali's learners failed: its school is there, its learners are not
        var delta = new TestSnapshot().Add(jakarta).Add(bali).Add(jakarta, jakartaLearners[0]).Add(jakarta, jakartaLearners[1]);
        return (delta, jakarta, bali, baliLearners);
    }

    private async Task AssertNothingChangedAsync(IReadOnlyList<string> before, Learner newcomer, School bali, List<Learner> baliLearners, string runId, HttpClient pusdatin)
    {
        Assert.Equal(before, EmulatorUsers());
        Assert.Null(await Grains.GetGrain<IAccountGrain>(newcomer.AccountKey).GetAsync());
        var baliAccounts = await Grains.GetGrain<ISchoolGrain>(GrainKeys.School(bali.Npsn)).GetAccountsAsync(null);
        Assert.Equal(baliLearners.Select(l => l.AccountKey).Order(StringComparer.Ordinal), baliAccounts.Select(a => a.AccountKey).Order(StringComparer.Ordinal));
        var status = await StatusAsync(pusdatin, runId);
        Assert.Equal((0, 0L), (status.SchoolsDone, status.AccountsCreated));
        Assert.Empty((await ReportAsync(pusdatin, runId)).Gone);
    }

    /// <summary>Every emulated user as one line: what a run could change (address, org unit, school, suspension, password).</summary>
    private List<string> EmulatorUsers() => _emulator.Users
        .Select(u => $"{u.Id} {u.PrimaryEmail} {u.OrgUnitPath} {string.Join('|', u.Organizations.Select(o => o.CostCenter))} {u.Suspended} {u.Password}")
        .Order(StringComparer.Ordinal).ToList();

    private async Task<HttpClient> SignedInAsync(string username)
    {
        var http = _api.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password = Password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString());
        return http;
    }

    private static async Task<string> StartAsync(HttpClient pusdatin, string snapshot)
    {
        using var response = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = snapshot, dryRun = false });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
    }

    private static async Task<RunStatus> StatusAsync(HttpClient pusdatin, string runId) =>
        (await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{runId}", EmbeddedApp.Json))!;

    private static Task<RunReport> ReportAsync(HttpClient pusdatin, string runId) => EmbeddedApp.ReportAsync(pusdatin, runId);

    private static Task<RunStatus> UntilNotRunningAsync(HttpClient pusdatin, string runId) =>
        Poll.UntilAsync(() => StatusAsync(pusdatin, runId), s => s.State is not (RunState.Running or RunState.Paused), TimeSpan.FromSeconds(60), $"run {runId} to stop running");

    private static string Letters(int i) => new([(char)('a' + (i / 26)), (char)('a' + (i % 26))]);
}
