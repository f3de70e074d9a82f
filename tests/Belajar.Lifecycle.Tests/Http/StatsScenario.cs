using System.Net;
using System.Net.Http.Json;
using System.Text;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Api.Stats;
using Belajar.LocalServices;
using Belajar.TestSupport;
using nietras.SeparatedValues;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>
/// The scripted scenario, all through HTTP but the deadline checks: the sample snapshot is provisioned (<c>POST /api/v1/runs</c>);
/// school A's operator downloads the learners' list; two learners sign in at the emulator's <c>/emulator/signin</c>; the operator
/// asks for a sync (<c>POST /api/v1/schools/{npsn}/sync</c>); the clock passes the deadline and every school's deadline reminder
/// callback runs (the reminder service keeps its own clock, so the test calls the callback itself).
/// </summary>
public sealed class StatsScenario : IAsyncLifetime
{
    public const int SignedIn = 2;

    public StatsApp App { get; } = new();

    public SampleSnapshot Sample => App.Sample;

    public RunStatus Run { get; private set; } = null!;

    /// <summary>Rows of school A's learners' download: the accounts distributed.</summary>
    public int Downloaded { get; private set; }

    public HttpResponseMessage SyncResponse { get; private set; } = null!;

    /// <summary>Every school's accounts as provisioned (before the deadline), by NPSN.</summary>
    public Dictionary<string, IReadOnlyList<AccountView>> Provisioned { get; } = [];

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        Run = await App.RunSampleAsync();
        Assert.Equal(RunState.Completed, Run.State);
        foreach (var npsn in Sample.Npsns)
        {
            Provisioned[npsn] = await App.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn)).GetAccountsAsync(null);
        }

        var operatorA = await App.SignedInAsync(Sample.OperatorA, Sample.OperatorAPassword);
        var rows = await DownloadAsync(operatorA);
        Downloaded = rows.Count;
        using var google = new HttpClient { BaseAddress = App.Emulator.BaseUri };
        foreach (var (userId, password) in rows.Take(SignedIn))
        {
            var signIn = await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password, newPassword = "Pilihan-Sendiri-42", acceptTerms = true });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        SyncResponse = await operatorA.PostAsync($"/api/v1/schools/{Sample.SchoolA}/sync", null);
        await Poll.UntilAsync(
            async () => (await operatorA.GetFromJsonAsync<FunnelResponse>($"/api/v1/schools/{Sample.SchoolA}/stats", StatsApp.Json))!,
            f => f.Activated == SignedIn, TimeSpan.FromSeconds(60), "the sync to activate the two who signed in");

        // past every account's deadline: each account's own reminder runs its check (no test calls one); the clock moves a
        // minute per poll so that the reminder service refreshes, loads and fires on it
        var created = Run.AccountsCreated;
        App.Clock.SetUtcNow(App.Deadline.AddDays(1));
        var pusdatin = await App.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password); // after the jump: tokens expire
        await LifecycleCluster.StepUntilAsync(
            App.Clock, App.Clock.GetUtcNow(), TimeSpan.FromMinutes(1),
            async () => (await pusdatin.GetFromJsonAsync<FunnelResponse>("/api/v1/stats", StatsApp.Json))!.Deactivated == created - SignedIn,
            "the deactivations to reach the national funnel");
    }

    /// <summary>The funnel a school should show after the scenario, from what was provisioned and downloaded.</summary>
    public Funnel ExpectedFor(IEnumerable<string> npsns)
    {
        var accounts = npsns.SelectMany(n => Provisioned[n]).ToList();
        var failed = accounts.Count(a => a.Status == AccountStatus.Failed);
        var hasA = npsns.Contains(Sample.SchoolA);
        var created = accounts.Count - failed;
        return new Funnel(accounts.Count, created, hasA ? Downloaded : 0, hasA ? SignedIn : 0, hasA ? SignedIn : 0, created - (hasA ? SignedIn : 0), failed);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private async Task<List<(string UserId, string Password)>> DownloadAsync(HttpClient operatorA)
    {
        var download = await operatorA.GetAsync($"/api/v1/schools/{Sample.SchoolA}/accounts?kind=peserta-didik&format=csv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var text = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var rows = new List<(string, string)>();
        foreach (var row in reader)
        {
            rows.Add((row["user_id"].ToString(), row["password"].ToString()));
        }

        Assert.True(rows.Count > SignedIn, $"school {Sample.SchoolA} has {rows.Count} learners");
        return rows;
    }
}

/// <summary>The numbers of a funnel body, to compare with <see cref="FunnelResponse"/>.</summary>
public sealed record Funnel(long Eligible, long Created, long Distributed, long SignedIn, long Activated, long Deactivated, long Failed)
{
    public static Funnel Of(FunnelResponse f) => new(f.Eligible, f.Created, f.Distributed, f.SignedIn, f.Activated, f.Deactivated, f.Failed);
}

[CollectionDefinition(Name)]
public sealed class StatsCollection : ICollectionFixture<StatsScenario>
{
    public const string Name = "stats over http";
}
