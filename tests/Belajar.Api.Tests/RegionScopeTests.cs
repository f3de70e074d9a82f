using System.Net;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Belajar.Api.Tests;

/// <summary>The region scope that later endpoints (regional stats) put on <c>/regions/{kodeWilayah}</c>, on a probe endpoint.</summary>
public sealed class RegionScopeTests : IAsyncLifetime
{
    private TestApi _api = null!;

    [Theory]
    [InlineData(TestApi.DinasUser, TestApi.DinasPassword, "020000", HttpStatusCode.OK)]
    [InlineData(TestApi.DinasUser, TestApi.DinasPassword, "026012", HttpStatusCode.OK)]
    [InlineData(TestApi.DinasUser, TestApi.DinasPassword, "030000", HttpStatusCode.Forbidden)]
    [InlineData(TestApi.AdminWilayahUser, TestApi.AdminWilayahPassword, "026012", HttpStatusCode.OK)]
    [InlineData(TestApi.AdminWilayahUser, TestApi.AdminWilayahPassword, "020000", HttpStatusCode.Forbidden)]
    [InlineData(TestApi.AdminWilayahUser, TestApi.AdminWilayahPassword, "027000", HttpStatusCode.Forbidden)]
    [InlineData(TestApi.PusdatinUser, TestApi.PusdatinPassword, "350000", HttpStatusCode.OK)]
    [InlineData(TestApi.OperatorA, TestApi.OperatorAPassword, "026000", HttpStatusCode.Forbidden)]
    public async Task Region_endpoints_reach_the_own_region_and_below(string username, string password, string kode, HttpStatusCode expected)
    {
        var client = await _api.SignedInClientAsync(username, password);

        var response = await client.GetAsync($"/api/v1/regions/{kode}/probe");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Refused_region_is_a_problem_and_an_audit_entry()
    {
        var client = await _api.SignedInClientAsync(TestApi.DinasUser, TestApi.DinasPassword);

        var response = await client.GetAsync("/api/v1/regions/030000/probe");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("020000", await response.Content.ReadAsStringAsync());
        var denied = Assert.Single(await _api.Audit.QueryAsync(new AuditQuery(Action: AuditActions.AccessDenied)));
        Assert.Equal((TestApi.DinasUser, "030000"), (denied.Actor, denied.KodeWilayah));
    }

    [Fact]
    public async Task Unknown_path_is_a_404_problem()
    {
        var response = await _api.Client().GetAsync("/api/v1/tidak-ada");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    public async Task InitializeAsync() =>
        _api = await TestApi.StartAsync(null, users: true, map: app =>
            app.MapGet("/api/v1/regions/{kodeWilayah}/probe", (string kodeWilayah) => Results.Ok(kodeWilayah)).RequireRegionScope());

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
