using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Belajar.Api.Problems;

namespace Belajar.Api.Tests;

/// <summary>Every error, the framework's own included, is a ProblemDetails titled in Bahasa Indonesia whose detail says what to do.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private TestApi _api = null!;

    [Fact]
    public async Task An_unknown_path_is_a_404_naming_the_path()
    {
        var problem = await ProblemAsync(await _api.Client().GetAsync("/api/v1/tidak-ada"), HttpStatusCode.NotFound);

        Assert.Equal("Tidak ditemukan", problem["title"]!.GetValue<string>());
        Assert.Contains("GET /api/v1/tidak-ada", problem["detail"]!.GetValue<string>());
        Assert.Equal("/api/v1/tidak-ada", problem["instance"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_pointing_at_the_allowed_ones()
    {
        var problem = await ProblemAsync(await _api.Client().GetAsync("/api/v1/auth/token"), HttpStatusCode.MethodNotAllowed);

        Assert.Equal("Metode tidak diterima", problem["title"]!.GetValue<string>());
        Assert.Contains("tidak menerima GET", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unreadable_body_is_a_400_that_says_to_check_the_json()
    {
        var body = new StringContent("{\"username\": ", Encoding.UTF8, "application/json");

        var problem = await ProblemAsync(await _api.Client().PostAsync("/api/v1/auth/token", body), HttpStatusCode.BadRequest);

        Assert.Equal("Permintaan tidak sah", problem["title"]!.GetValue<string>());
        Assert.Contains("badan JSON", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_anonymous_call_is_a_401_that_says_how_to_sign_in()
    {
        var problem = await ProblemAsync(await _api.Client().GetAsync("/api/v1/audit"), HttpStatusCode.Unauthorized);

        Assert.Equal("Belum masuk", problem["title"]!.GetValue<string>());
        Assert.Equal(BelajarProblems.SignInFirst, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_problem_made_by_an_endpoint_keeps_its_own_detail()
    {
        var operatorA = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);

        var problem = await ProblemAsync(await operatorA.GetAsync($"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=guru"), HttpStatusCode.BadRequest);

        Assert.Equal("Permintaan tidak sah", problem["title"]!.GetValue<string>());
        Assert.StartsWith("kind 'guru' tidak sah", problem["detail"]!.GetValue<string>());
    }

    public async Task InitializeAsync() => _api = await TestApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
