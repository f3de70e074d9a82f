using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.Time.Testing;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// People, not rows (one delta-run scenario through the api's embedded default, the real grains and the emulator over HTTP, on a
/// fake clock): a teacher added at a second school, a learner moving SD → SMP, another SD → SD, an account deactivated at the
/// deadline then reactivated and signed in, an activated learner helped by the operator and signing in with the new password
/// (<c>428</c>, then <c>200</c> after the change); the region's funnel is checked at every step.
/// </summary>
public sealed class DeltaRunScenarioTests(DeltaRunScenarioTests.App app) : IClassFixture<DeltaRunScenarioTests.App>
{
    private const string Kabupaten = "517100";
    private const string OperatorPassword = "Operator#Delta7";
    private const string Chosen = "Pilihan-Sendiri-42";

    /// <summary>The embedded app on a fake clock, its deadline 30 days ahead.</summary>
    public sealed class App : EmbeddedApp
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        public DateTimeOffset Deadline => Clock.Start.AddDays(30);

        protected override TimeProvider? HostClock => Clock;

        protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
        {
            ["Lifecycle:ActivationDeadline"] = Deadline.ToString("O"),
            ["Lifecycle:MinimumGracePeriod"] = "10.00:00:00",
            ["Lifecycle:DeactivationWindow"] = "00:30:00",
        };
    }

    [Fact]
    public async Task A_delta_run_of_people_who_move_come_back_and_teach_at_two_schools_keeps_the_funnel_right()
    {
        var sdA = TestSnapshot.NewSchool("Prov. Bali", "Kota Denpasar", "517101");
        var sdB = TestSnapshot.NewSchool("Prov. Bali", "Kota Denpasar", "517101");
        var smp = TestSnapshot.NewSchool("Prov. Bali", "Kota Denpasar", "517101", bentuk: 6);
        var teacher = TestSnapshot.NewTeacher("Made Guru Dua");
        var (up, side, idle, active) = (TestSnapshot.NewLearner("Ayu Naik"), TestSnapshot.NewLearner("Bagus Pindah"),
            TestSnapshot.NewLearner("Citra Terlambat"), TestSnapshot.NewLearner("Dharma Lupa"));
        TestSnapshot Schools() => new TestSnapshot().Add(sdA).Add(sdB).Add(smp)
            .AddOperator(sdA, Operator(sdA), OperatorPassword, "7d0f2a51-0000-4000-8000-00000000000a")
            .AddOperator(smp, Operator(smp), OperatorPassword, "7d0f2a51-0000-4000-8000-00000000000b");

        // run 1: everyone at SD A; the operator hands out the learners' and the teacher's passwords; four sign in
        await RunAsync(Schools().Add(sdA, teacher).Add(sdA, up).Add(sdA, side).Add(sdA, idle).Add(sdA, active).Write());
        await FunnelIsAsync(new(7, 7, 0, 0, 0, 0, 0), "run 1");
        var operatorA = await app.SignedInAsync(Operator(sdA), OperatorPassword);
        var handedOut = (await DownloadAsync(operatorA, sdA.Npsn, "peserta-didik")).Concat(await DownloadAsync(operatorA, sdA.Npsn, "ptk"))
            .ToDictionary(r => r["nama"], r => (UserId: r["user_id"], Password: r["password"]));
        await FunnelIsAsync(new(7, 7, 5, 0, 0, 0, 0), "the download");
        using var google = app.EmulatorHttp;
        foreach (var person in new[] { teacher.Nama, up.Nama, side.Nama, active.Nama })
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(google, handedOut[person].UserId, handedOut[person].Password, Chosen)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await operatorA.PostAsync($"/api/v1/schools/{sdA.Npsn}/sync", null)).StatusCode);
        await FunnelIsAsync(new(7, 7, 5, 4, 4, 0, 0), "the sync after four sign-ins");

        // the deadline passes: the learner who never signed in and both operators' accounts are deactivated
        app.Clock.SetUtcNow(app.Deadline.AddDays(1));
        await FunnelIsAsync(new(7, 7, 5, 4, 4, 3, 0), "the deadline", stepBy: TimeSpan.FromMinutes(1));
        var usersBefore = app.Emulator.Store.UserCount;
        var upBefore = await AccountAsync(up.AccountKey);
        var sideBefore = await AccountAsync(side.AccountKey);

        // run 2 (delta): the teacher also at the SMP, one learner SD → SMP, one SD → SD
        var delta = await RunAsync(Schools().Add(sdA, teacher).Add(smp, teacher).Add(smp, up).Add(sdB, side).Add(sdA, idle).Add(sdA, active).Write());
        Assert.Empty(delta.Gone);
        Assert.Equal(usersBefore, app.Emulator.Store.UserCount); // nobody got a second Google user
        await FunnelIsAsync(new(7, 7, 5, 4, 4, 3, 0), "run 2: nobody counted twice, nobody lost");

        var teacherNow = await AccountAsync(teacher.AccountKey);
        Assert.Equal(sdA.Npsn, teacherNow.Npsn); // the home school stays
        Assert.Equal(OrgUnitPaths.For(sdA.Provinsi, sdA.Kabupaten, sdA.Npsn), app.Emulator.FindUser(teacherNow.UserId!)!.OrgUnitPath);
        var operatorSmp = await app.SignedInAsync(Operator(smp), OperatorPassword);
        var listed = (await operatorSmp.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{smp.Npsn}/accounts/list?kind=ptk")).GetProperty("items");
        Assert.Equal(sdA.Npsn, Assert.Single(listed.EnumerateArray(), i => i.GetProperty("userId").GetString() == teacherNow.UserId).GetProperty("sekolahInduk").GetString());
        var smpStats = await StatsAsync(operatorSmp, $"/api/v1/schools/{smp.Npsn}/stats");
        Assert.Equal(new Funnel(3, 3, 2, 2, 2, 1, 0), smpStats); // its operator, the learner who moved up, the teacher it shares

        var upNow = await AccountAsync(up.AccountKey);
        Assert.EndsWith("@smp.belajar.id", upNow.UserId);
        Assert.Equal(upBefore.UserId, upNow.PreviousUserId);
        Assert.Equal(upBefore.GoogleUserId, upNow.GoogleUserId);
        var sideNow = await AccountAsync(side.AccountKey);
        Assert.Equal(sideBefore.UserId, sideNow.UserId);
        Assert.Null(sideNow.PreviousUserId);
        Assert.Equal(OrgUnitPaths.For(sdB.Provinsi, sdB.Kabupaten, sdB.Npsn), app.Emulator.FindUser(sideNow.UserId!)!.OrgUnitPath);

        // the deactivated learner is reactivated by the operator and signs in: 428 with the new password, 200 once changed
        operatorA = await app.SignedInAsync(Operator(sdA), OperatorPassword);
        var idleUser = handedOut[idle.Nama].UserId;
        var reactivated = await operatorA.PostAsync($"/api/v1/schools/{sdA.Npsn}/accounts/{idleUser}/reactivate", null);
        Assert.Equal(HttpStatusCode.OK, reactivated.StatusCode);
        var newPassword = (await reactivated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;
        await FunnelIsAsync(new(7, 7, 5, 4, 4, 2, 0), "the reactivation");
        Assert.Equal((HttpStatusCode)428, (await SignInAsync(google, idleUser, newPassword, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(google, idleUser, newPassword, "Kembali-Belajar-77")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await operatorA.PostAsync($"/api/v1/schools/{sdA.Npsn}/sync", null)).StatusCode);
        await FunnelIsAsync(new(7, 7, 5, 5, 5, 2, 0), "the sync after the reactivated learner signed in");

        // the activated learner who forgot the password is helped in person: 428 with the operator's password, 200 once changed
        var activeUser = handedOut[active.Nama].UserId;
        var helped = await operatorA.PostAsJsonAsync($"/api/v1/schools/{sdA.Npsn}/accounts/{activeUser}/password-after-activation",
            new { confirmedInPerson = true, reason = "lupa kata sandi, datang bersama orang tua" });
        Assert.Equal(HttpStatusCode.OK, helped.StatusCode);
        var helpPassword = (await helped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(google, activeUser, Chosen, null)).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await SignInAsync(google, activeUser, helpPassword, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(google, activeUser, helpPassword, "Ingat-Sekarang-55")).StatusCode);
        await FunnelIsAsync(new(7, 7, 5, 5, 5, 2, 0), "the help after activation");
        Assert.Equal(usersBefore, app.Emulator.Store.UserCount);
    }

    /// <summary>The region's funnel and the counts every school shows (a person listed by two schools counts at each school, once in the region).</summary>
    private sealed record Funnel(long Eligible, long Created, long Distributed, long SignedIn, long Activated, long Deactivated, long Failed);

    private async Task FunnelIsAsync(Funnel expected, string step, TimeSpan? stepBy = null)
    {
        Funnel? last = null;
        await Poll.UntilAsync(
            async () =>
            {
                var pusdatin = await app.PusdatinAsync(); // a fresh token: the clock moves
                last = await StatsAsync(pusdatin, $"/api/v1/regions/{Kabupaten}/stats");
                if (last != expected && stepBy is { } by)
                {
                    app.Clock.Advance(by);
                }

                return last;
            },
            f => f == expected, TimeSpan.FromSeconds(120), () => $"the region's funnel after {step} to be {expected} (last {last})");
    }

    private static async Task<Funnel> StatsAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<Funnel>(path, EmbeddedApp.Json))!;

    private async Task<RunReport> RunAsync(string snapshot)
    {
        var pusdatin = await app.PusdatinAsync();
        var runId = await app.StartRunAsync(pusdatin, snapshot);
        var status = await Poll.UntilAsync(
            async () =>
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1)); // the schools' timers tick on this clock
                return (await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{runId}", EmbeddedApp.Json))!;
            },
            s => s.State is RunState.Completed or RunState.Failed, TimeSpan.FromSeconds(120), $"run {runId} to end");
        Assert.Equal(RunState.Completed, status.State);
        return await EmbeddedApp.ReportAsync(pusdatin, runId);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient google, string email, string password, string? newPassword) =>
        google.PostAsJsonAsync("/emulator/signin", new { email, password, newPassword, acceptTerms = true });

    private async Task<AccountView> AccountAsync(string key) =>
        await app.Grains.GetGrain<IAccountGrain>(key).GetAsync() ?? throw new InvalidOperationException($"no account {key}");

    private static string Operator(School school) => $"operator.{school.Npsn}@sekolah.id";

    private static async Task<List<Dictionary<string, string>>> DownloadAsync(HttpClient client, string npsn, string kind)
    {
        var bytes = await client.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind={kind}&format=csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        return CsvRows.Read(reader);
    }
}
