using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Abstractions.Schools;
using Belajar.Api.Stats;
using Belajar.Domain;
using Belajar.LocalServices;
using nietras.SeparatedValues;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>
/// Accounts that come back, on their own app (the stats scenario's counts stay untouched): the sample snapshot is provisioned;
/// school A's operator downloads the learners; the first learner signs in (new password, terms) and a sync activates it; the
/// clock passes the deadline until every other account's own reminder has deactivated it.
/// </summary>
public sealed class RecoveryScenario : IAsyncLifetime
{
    public const string ChosenPassword = "Pilihan-Sendiri-42";

    public StatsApp App { get; } = new();

    public SampleSnapshot Sample => App.Sample;

    /// <summary>School A's learners as downloaded before the deadline (user id, initial password), by name.</summary>
    public IReadOnlyList<(string UserId, string Password)> Learners { get; private set; } = [];

    /// <summary>The learner who signed in and is activated.</summary>
    public string ActivatedLearner => Learners[0].UserId;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var run = await App.RunSampleAsync();
        Assert.Equal(RunState.Completed, run.State);
        var operatorA = await App.SignedInAsync(Sample.OperatorA, Sample.OperatorAPassword);
        Learners = await DownloadLearnersAsync(operatorA);
        Assert.True(Learners.Count >= 5, $"school {Sample.SchoolA} has {Learners.Count} learners");

        using var google = Google();
        var signIn = await google.PostAsJsonAsync("/emulator/signin", new { email = Learners[0].UserId, password = Learners[0].Password, newPassword = ChosenPassword, acceptTerms = true });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await operatorA.PostAsync($"/api/v1/schools/{Sample.SchoolA}/sync", null)).StatusCode);
        await Poll.UntilAsync(() => StatsAsync(operatorA), f => f.Activated == 1, TimeSpan.FromSeconds(60), "the sync to activate the learner who signed in");

        App.Clock.SetUtcNow(App.Deadline.AddDays(1));
        var pusdatin = await App.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);
        await LifecycleCluster.StepUntilAsync(
            App.Clock, App.Clock.GetUtcNow(), TimeSpan.FromMinutes(1),
            async () => (await pusdatin.GetFromJsonAsync<FunnelResponse>("/api/v1/stats", StatsApp.Json))! is var f && f.Deactivated == f.Created - 1,
            "every account but the activated one to be deactivated");
    }

    /// <summary>A client of the emulator's own paths (<c>/emulator/signin</c>).</summary>
    public HttpClient Google() => new() { BaseAddress = App.Emulator.BaseUri };

    /// <summary>School A's funnel as its operator sees it.</summary>
    public static async Task<FunnelResponse> StatsAsync(HttpClient client, string npsn) =>
        (await client.GetFromJsonAsync<FunnelResponse>($"/api/v1/schools/{npsn}/stats", StatsApp.Json))!;

    private Task<FunnelResponse> StatsAsync(HttpClient client) => StatsAsync(client, Sample.SchoolA);

    /// <summary>The account of school A with that address, as its school holds it.</summary>
    public async Task<AccountView> AccountAsync(string userId) =>
        (await App.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(Sample.SchoolA)).GetAccountsAsync(null)).Single(a => a.UserId == userId);

    /// <summary>School A's head of school.</summary>
    public async Task<AccountView> HeadOfSchoolAsync() =>
        (await App.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(Sample.SchoolA)).GetAccountsAsync(null)).First(a => a.Role == AccountRole.KepalaSekolah && a.UserId is not null);

    /// <summary>The learners' CSV of school A: user id and password, by name.</summary>
    public async Task<IReadOnlyList<(string UserId, string Password)>> DownloadLearnersAsync(HttpClient operatorA)
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

        return rows;
    }

    /// <summary>The audit entries of an action at school A (the log is written behind the answer: waits for one matching <paramref name="until"/>).</summary>
    public async Task<List<JsonElement>> AuditAsync(string action, Func<List<JsonElement>, bool> until)
    {
        var pusdatin = await App.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);
        return await Poll.UntilAsync(
            async () => (await pusdatin.GetFromJsonAsync<List<JsonElement>>($"/api/v1/audit?action={action}&npsn={Sample.SchoolA}&limit=100", StatsApp.Json))!,
            until, TimeSpan.FromSeconds(30), $"the audit entries of {action}");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
