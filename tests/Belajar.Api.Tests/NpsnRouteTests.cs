using System.Net;
using Belajar.Abstractions.Schools;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Belajar.Api.Tests;

public sealed class NpsnRouteTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private HttpClient _operator = null!;
    private HttpClient _pusdatin = null!;

    [Theory]
    [InlineData("%2020200001")]
    [InlineData("20200001%20")]
    public async Task An_npsn_with_spaces_is_the_same_school_for_its_operator(string npsn)
    {
        var padded = await _operator.GetAsync($"/api/v1/schools/{npsn}/accounts?kind=peserta-didik");

        Assert.Equal(HttpStatusCode.OK, padded.StatusCode);
        Assert.Contains($"akun-{TestApi.SchoolA}-peserta-didik.csv", padded.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal((TestApi.SchoolA, AccountKind.PesertaDidik, true), Assert.Single(_api.Schools.CredentialCalls));
        Assert.Contains("Siti", await padded.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_lower_case_npsn_is_the_same_school_and_only_its_own_operator_sees_it()
    {
        var lower = TestApi.SchoolB.ToLowerInvariant();

        Assert.Equal(HttpStatusCode.OK, (await _pusdatin.GetAsync($"/api/v1/schools/{lower}/accounts?kind=ptk")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _operator.GetAsync($"/api/v1/schools/{lower}/accounts?kind=ptk")).StatusCode);
    }

    [Theory]
    [InlineData("2020000")]
    [InlineData("202000011")]
    [InlineData("2020-001")]
    [InlineData("99999999")]
    public async Task An_invalid_npsn_gets_400_that_says_what_an_npsn_looks_like(string npsn)
    {
        var response = await _pusdatin.GetAsync($"/api/v1/schools/{npsn}/accounts?kind=ptk");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("8 karakter", problem!.Detail);
        Assert.Contains(npsn, problem.Detail);
    }

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
        _operator = await _api.SignedInClientAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        _pusdatin = await _api.SignedInClientAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
