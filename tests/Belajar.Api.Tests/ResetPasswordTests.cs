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

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
        _operator = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string ResetPath(string userId) => $"/api/v1/schools/{TestApi.SchoolA}/accounts/{userId}/reset-password";
}
