using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Belajar.TestSupport;

namespace Belajar.Api.Tests;

public sealed class ResetPasswordTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private HttpClient _operator = null!;

    [Fact]
    public async Task Operator_gets_the_new_password_once_and_the_download_shows_it()
    {
        var response = await _operator.PostAsync(ResetPath(SampleSchools.LearnerUserId), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(SampleSchools.LearnerUserId, body!["userId"]!.GetValue<string>());
        var password = body["password"]!.GetValue<string>();
        Assert.NotEqual(SampleSchools.LearnerPassword, password);
        var rows = SheetReaders.ReadCsv(await _operator.GetByteArrayAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik"));
        Assert.Equal(password, rows.Single(r => r[5] == SampleSchools.LearnerUserId)[6]);
    }

    [Fact]
    public async Task Activated_account_is_a_409_problem_that_says_what_to_do()
    {
        var response = await _operator.PostAsync(ResetPath(SampleSchools.ActivatedUserId), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var detail = (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();
        Assert.Contains("berstatus aktif", detail);
        Assert.Contains("pemulihan akun Google", detail);
    }

    [Fact]
    public async Task User_of_another_school_is_a_404()
    {
        var response = await _operator.PostAsync(ResetPath("anak.b@belajar.id"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("anak.b@belajar.id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_schools_resets_are_limited_per_hour_whoever_asks_with_429_and_Retry_After_in_Bahasa_Indonesia()
    {
        await using var api = await TestApi.StartAsync(new() { ["Schools:ResetsPerSchoolPerHour"] = "2" });
        SampleSchools.Seed(api.Schools);
        var op = await api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        var pusdatin = await api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync(ResetPath(SampleSchools.LearnerUserId), null)).StatusCode);
        api.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync(ResetPath(SampleSchools.LearnerUserId), null)).StatusCode);

        var third = await op.PostAsync(ResetPath(SampleSchools.LearnerUserId), null);
        var byPusdatin = await pusdatin.PostAsync(ResetPath(SampleSchools.LearnerUserId), null);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(50), third.Headers.RetryAfter!.Delta);
        var detail = (await third.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();
        Assert.Contains($"Sekolah {TestApi.SchoolA} sudah mencapai batas 2 atur ulang kata sandi per jam", detail);
        Assert.Contains("coba lagi dalam 50 menit", detail);
        Assert.Equal(HttpStatusCode.TooManyRequests, byPusdatin.StatusCode);
        api.Time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync(ResetPath(SampleSchools.LearnerUserId), null)).StatusCode);
    }

    [Fact]
    public async Task One_actors_resets_are_limited_per_hour_and_others_of_the_school_still_get_theirs()
    {
        await using var api = await TestApi.StartAsync(new() { ["Schools:ActionsPerActorPerHour"] = "2" });
        SampleSchools.Seed(api.Schools);
        var op = await api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        var pusdatin = await api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await op.PostAsync(ResetPath(SampleSchools.LearnerUserId), null)).StatusCode);
        }

        var third = await op.PostAsync(ResetPath(SampleSchools.LearnerUserId), null);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), third.Headers.RetryAfter!.Delta);
        Assert.Contains("Anda sudah meminta terlalu banyak", await third.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await pusdatin.PostAsync(ResetPath(SampleSchools.LearnerUserId), null)).StatusCode);
    }

    [Fact]
    public void Options_validator_names_the_setting()
    {
        var result = new Belajar.Api.Limits.ActionLimitOptionsValidator().Validate(null, new() { ResetsPerSchoolPerHour = -1, ActionsPerActorPerHour = -2 });

        Assert.True(result.Failed);
        Assert.Contains("Schools:ResetsPerSchoolPerHour", result.FailureMessage);
        Assert.Contains("Schools:ActionsPerActorPerHour", result.FailureMessage);
    }

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
        _operator = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string ResetPath(string userId) => $"/api/v1/schools/{TestApi.SchoolA}/accounts/{userId}/reset-password";
}
