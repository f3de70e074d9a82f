using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Api.Accounts;
using Belajar.Grains.Lifecycle;
using Belajar.LocalServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Belajar.Lifecycle.Tests.Http;

/// <summary>
/// Reactivation and help after activation through the real api, grains and emulator (<see cref="RecoveryScenario"/>): the new
/// password is in the download and on the cards, the emulator's sign-in asks for a change (428) and takes the changed one (200),
/// the reactivated account's own deadline reminder is registered and deactivates it again when unused, the funnel follows at
/// each step, other schools and the wrong roles are refused, and every action is audited.
/// </summary>
public sealed class AccountRecoveryTests(RecoveryScenario scenario) : IClassFixture<RecoveryScenario>
{
    private SampleSnapshot Sample => scenario.Sample;

    [Fact]
    public async Task A_deactivated_learner_reactivated_by_its_operator_signs_in_with_the_new_password_and_has_its_own_deadline()
    {
        var app = scenario.App;
        var (userId, oldPassword) = scenario.Learners[1];
        var operatorA = await app.SignedInAsync(Sample.OperatorA, Sample.OperatorAPassword);
        var operatorB = await app.SignedInAsync(Sample.OperatorB, Sample.OperatorBPassword);
        Assert.Equal(AccountStatus.Deactivated, (await scenario.AccountAsync(userId)).Status);
        var before = await RecoveryScenario.StatsAsync(operatorA, Sample.SchoolA);

        // another school's operator: not on school A's path, and not through its own school either
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorB.PostAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/{userId}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorB.PostAsync($"/api/v1/schools/{Sample.SchoolB}/accounts/{userId}/reactivate", null)).StatusCode);
        Assert.Equal(AccountStatus.Deactivated, (await scenario.AccountAsync(userId)).Status);

        // the reset refuses a deactivated account and points to the reactivation
        var reset = await operatorA.PostAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/{userId}/reset-password", null);
        Assert.Equal(HttpStatusCode.Conflict, reset.StatusCode);
        Assert.Contains($"/accounts/{userId}/reactivate", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reactivatedAt = app.Clock.GetUtcNow();
        var response = await operatorA.PostAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/{userId}/reactivate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<ReactivateResponse>(StatsApp.Json))!;
        Assert.Equal(userId, body.UserId);
        Assert.NotEqual(oldPassword, body.Password);
        var account = await scenario.AccountAsync(userId);
        Assert.Equal(AccountStatus.Created, account.Status);

        // its own deadline: the reactivation time + the minimum grace period (10 days here), plus its offset in the window
        var expectedDue = DeadlineSchedule.DueAt(reactivatedAt, account.AccountKey, Options(app));
        Assert.Equal(expectedDue, body.DeadlineAt);
        Assert.True(body.DeadlineAt >= reactivatedAt.AddDays(10) && body.DeadlineAt < reactivatedAt.AddDays(10).AddMinutes(30), $"deadline {body.DeadlineAt:O}");
        var reminder = await ReadDeadlineReminderAsync(app, account.AccountKey);
        Assert.NotNull(reminder);
        Assert.InRange(reminder.StartAt, expectedDue.UtcDateTime.AddMinutes(-1), expectedDue.UtcDateTime.AddMinutes(1));

        // the operator's page shows the new deadline (the school's earliest waiting account), not the national one that passed
        var summary = await operatorA.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{Sample.SchoolA}/summary", StatsApp.Json);
        Assert.Equal(reactivatedAt.AddDays(10), summary.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(10, summary.GetProperty("daysLeft").GetInt32());

        // the funnel: one deactivated fewer; still created and distributed (it was downloaded), nothing else moves
        var after = await RecoveryScenario.StatsAsync(operatorA, Sample.SchoolA);
        Assert.Equal(Funnel.Of(before) with { Deactivated = before.Deactivated - 1 }, Funnel.Of(after));
        var national = await NationalAsync(app);

        // asked twice: refused, nothing changes
        var twice = await operatorA.PostAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/{userId}/reactivate", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("belum dinonaktifkan", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // the new password is in the download and on the cards
        Assert.Contains((userId, body.Password), await scenario.DownloadLearnersAsync(operatorA));
        var cards = await operatorA.GetStringAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/cards?kind=peserta-didik");
        Assert.Contains(body.Password, cards, StringComparison.Ordinal);

        // Google: unsuspended, the new password works and must be changed
        using var google = scenario.Google();
        Assert.Equal(HttpStatusCode.Unauthorized, (await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = oldPassword, acceptTerms = true })).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = body.Password, acceptTerms = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = body.Password, newPassword = "Kembali-Belajar-77", acceptTerms = true })).StatusCode);

        // a second learner reactivated by the regional administrator of the school's kabupaten, and never used
        var admin = await app.SignedInAsync(StatsApp.AdminWilayahUser, StatsApp.Password);
        var unused = scenario.Learners[2].UserId;
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/regions/{Sample.KabupatenA}/schools/{Sample.SchoolB}/accounts/{unused}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/v1/regions/{Sample.KabupatenB}/schools/{Sample.SchoolA}/accounts/{unused}/reactivate", null)).StatusCode);
        var byRegion = await admin.PostAsync($"/api/v1/regions/{Sample.KabupatenA}/schools/{Sample.SchoolA}/accounts/{unused}/reactivate", null);
        Assert.Equal(HttpStatusCode.OK, byRegion.StatusCode);
        var unusedBody = (await byRegion.Content.ReadFromJsonAsync<ReactivateResponse>(StatsApp.Json))!;
        var unusedDue = unusedBody.DeadlineAt;
        Assert.Equal(AccountStatus.Created, (await scenario.AccountAsync(unused)).Status);
        Assert.Equal(national with { Deactivated = national.Deactivated - 1 }, await NationalAsync(app));

        var audit = await scenario.AuditAsync(RecoveryAuditActions.Reactivate, e => e.Count(x => Detail(x, "outcome") == "reactivated") >= 2);
        Assert.Contains(audit, e => Detail(e, "userId") == userId && Detail(e, "outcome") == "reactivated" && e.GetProperty("actor").GetString() == Sample.OperatorA);
        Assert.Contains(audit, e => Detail(e, "userId") == userId && Detail(e, "outcome") == "refused");
        Assert.Contains(audit, e => Detail(e, "userId") == unused && e.GetProperty("actor").GetString() == StatsApp.AdminWilayahUser);
        Assert.DoesNotContain(audit, e => e.GetRawText().Contains(body.Password, StringComparison.Ordinal));

        // its own reminder, at its new deadline: the unused one is deactivated again, the one who signed in is activated
        var pusdatin = await app.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);
        await LifecycleCluster.StepUntilAsync(
            app.Clock, unusedDue.AddMinutes(-2), TimeSpan.FromMinutes(1),
            async () => (await scenario.AccountAsync(unused)).Status == AccountStatus.Deactivated && (await scenario.AccountAsync(userId)).Status == AccountStatus.Activated,
            "the reactivated accounts' own deadline checks");
        Assert.True(app.Clock.GetUtcNow() >= unusedDue, "deactivated again before its new deadline");
        using var again = scenario.Google();
        Assert.Equal(HttpStatusCode.Forbidden, (await again.PostAsJsonAsync("/emulator/signin", new { email = unused, password = unusedBody.Password, acceptTerms = true })).StatusCode); // suspended
        pusdatin = await app.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);
        var final = Funnel.Of((await pusdatin.GetFromJsonAsync<Belajar.Api.Stats.FunnelResponse>("/api/v1/stats", StatsApp.Json))!);
        Assert.Equal(national with { Deactivated = national.Deactivated, Activated = national.Activated + 1, SignedIn = national.SignedIn + 1 }, final);
    }

    [Fact]
    public async Task An_activated_learner_helped_in_person_gets_a_new_password_to_change_and_school_staff_go_to_the_dinas()
    {
        var app = scenario.App;
        var userId = scenario.ActivatedLearner;
        var operatorA = await app.SignedInAsync(Sample.OperatorA, Sample.OperatorAPassword);
        var path = $"/api/v1/schools/{Sample.SchoolA}/accounts/{userId}/password-after-activation";
        var before = await RecoveryScenario.StatsAsync(operatorA, Sample.SchoolA);

        // no confirmation, a false one, or no reason: 400 saying what to send
        var missing = await operatorA.PostAsJsonAsync(path, new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("confirmedInPerson", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorA.PostAsJsonAsync(path, new { confirmedInPerson = false, reason = "lupa" })).StatusCode);
        var noReason = await operatorA.PostAsJsonAsync(path, new { confirmedInPerson = true });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("alasan", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // another school's operator
        var operatorB = await app.SignedInAsync(Sample.OperatorB, Sample.OperatorBPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorB.PostAsJsonAsync(path, new { confirmedInPerson = true, reason = "lupa" })).StatusCode);

        // the head of school goes to the Dinas; a deactivated learner is reactivated instead
        var head = await scenario.HeadOfSchoolAsync();
        var refused = await operatorA.PostAsJsonAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/{head.UserId}/password-after-activation", new { confirmedInPerson = true, reason = "lupa kata sandi" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Dinas", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var deactivated = scenario.Learners[3].UserId;
        var notActive = await operatorA.PostAsJsonAsync($"/api/v1/schools/{Sample.SchoolA}/accounts/{deactivated}/password-after-activation", new { confirmedInPerson = true, reason = "lupa" });
        Assert.Equal(HttpStatusCode.Conflict, notActive.StatusCode);
        Assert.Contains("reactivate", await notActive.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await operatorA.PostAsJsonAsync(path, new { confirmedInPerson = true, reason = "lupa kata sandi, datang ke ruang TU bersama orang tua" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<PasswordAfterActivationResponse>(StatsApp.Json))!;
        Assert.Equal(userId, body.UserId);

        using var google = scenario.Google();
        Assert.Equal(HttpStatusCode.Unauthorized, (await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = RecoveryScenario.ChosenPassword })).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = body.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await google.PostAsJsonAsync("/emulator/signin", new { email = userId, password = body.Password, newPassword = "Ingat-Sekarang-55" })).StatusCode);

        Assert.Equal(AccountStatus.Activated, (await scenario.AccountAsync(userId)).Status);
        Assert.Equal(Funnel.Of(before), Funnel.Of(await RecoveryScenario.StatsAsync(operatorA, Sample.SchoolA)));
        var audit = await scenario.AuditAsync(RecoveryAuditActions.PasswordAfterActivation, e => e.Any(x => Detail(x, "outcome") == "set"));
        Assert.Contains(audit, e => Detail(e, "userId") == userId && Detail(e, "outcome") == "set"
            && Detail(e, "reason") == "lupa kata sandi, datang ke ruang TU bersama orang tua" && Detail(e, "confirmedInPerson") == "true");
        Assert.Contains(audit, e => Detail(e, "userId") == head.UserId && Detail(e, "outcome") == "refused" && Detail(e, "refusal") == nameof(AccountRefusal.SchoolStaff));
        Assert.DoesNotContain(audit, e => e.GetRawText().Contains(body.Password, StringComparison.Ordinal));
    }

    private static LifecycleOptions Options(StatsApp app) => new()
    {
        ActivationDeadline = app.Deadline,
        MinimumGracePeriod = TimeSpan.FromDays(10),
        DeactivationWindow = TimeSpan.FromMinutes(30),
    };

    private static async Task<Funnel> NationalAsync(StatsApp app)
    {
        var pusdatin = await app.SignedInAsync(StatsApp.PusdatinUser, StatsApp.Password);
        return Funnel.Of((await pusdatin.GetFromJsonAsync<Belajar.Api.Stats.FunnelResponse>("/api/v1/stats", StatsApp.Json))!);
    }

    private static Task<ReminderEntry?> ReadDeadlineReminderAsync(StatsApp app, string accountKey) =>
        app.Services.GetRequiredService<IReminderTable>().ReadRow(app.Grains.GetGrain<IAccountGrain>(accountKey).GetGrainId(), "deadline");

    private static string? Detail(JsonElement entry, string key) =>
        entry.GetProperty("detail").TryGetProperty(key, out var value) ? value.GetString() : null;
}
