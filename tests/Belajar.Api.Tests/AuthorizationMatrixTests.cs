using System.Net;

namespace Belajar.Api.Tests;

public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private readonly Dictionary<string, string> _tokens = [];

    public static TheoryData<string, string, string, HttpStatusCode> Matrix => new()
    {
        // who, method, path, status
        { "anonymous", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik", HttpStatusCode.Unauthorized },
        { "anonymous", "POST", $"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.LearnerUserId}/reset-password", HttpStatusCode.Unauthorized },
        { "anonymous", "GET", "/api/v1/audit", HttpStatusCode.Unauthorized },

        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik", HttpStatusCode.OK },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts?kind=peserta-didik", HttpStatusCode.Forbidden },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.UnknownSchool}/accounts?kind=peserta-didik", HttpStatusCode.Forbidden },
        { "operatorA", "POST", $"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.LearnerUserId}/reset-password", HttpStatusCode.OK },
        { "operatorA", "POST", $"/api/v1/schools/{TestApi.SchoolB}/accounts/anak.b@belajar.id/reset-password", HttpStatusCode.Forbidden },
        { "operatorA", "GET", "/api/v1/audit", HttpStatusCode.Forbidden },

        { "operatorB", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts?kind=peserta-didik", HttpStatusCode.OK },
        { "operatorB", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=admin", HttpStatusCode.Forbidden },
        { "operatorB", "POST", $"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.LearnerUserId}/reset-password", HttpStatusCode.Forbidden },

        { "pusdatin", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=ptk", HttpStatusCode.OK },
        { "pusdatin", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts?kind=peserta-didik&format=xlsx", HttpStatusCode.OK },
        { "pusdatin", "GET", $"/api/v1/schools/{TestApi.UnknownSchool}/accounts?kind=ptk", HttpStatusCode.NotFound },
        { "pusdatin", "POST", $"/api/v1/schools/{TestApi.SchoolB}/accounts/anak.b@belajar.id/reset-password", HttpStatusCode.OK },
        { "pusdatin", "POST", $"/api/v1/schools/{TestApi.SchoolB}/accounts/{SampleSchools.LearnerUserId}/reset-password", HttpStatusCode.NotFound },
        { "pusdatin", "POST", $"/api/v1/schools/{TestApi.UnknownSchool}/accounts/x@belajar.id/reset-password", HttpStatusCode.NotFound },
        { "pusdatin", "GET", "/api/v1/audit", HttpStatusCode.OK },

        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/summary", HttpStatusCode.OK },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/list?q=siti", HttpStatusCode.OK },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/all", HttpStatusCode.OK },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/cards?rombel=5A", HttpStatusCode.OK },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/cards?rombel=9Z", HttpStatusCode.NotFound },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/cards?kind=ptk&rombel=5A", HttpStatusCode.BadRequest },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/list?status=lulus", HttpStatusCode.BadRequest },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/all?format=csv", HttpStatusCode.BadRequest },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolB}/summary", HttpStatusCode.Forbidden },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts/list", HttpStatusCode.Forbidden },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts/all", HttpStatusCode.Forbidden },
        { "operatorA", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts/cards", HttpStatusCode.Forbidden },
        { "operatorB", "GET", $"/api/v1/schools/{TestApi.SchoolB}/summary", HttpStatusCode.OK },
        { "pusdatin", "GET", $"/api/v1/schools/{TestApi.SchoolB}/accounts/cards", HttpStatusCode.OK },
        { "pusdatin", "GET", $"/api/v1/schools/{TestApi.UnknownSchool}/summary", HttpStatusCode.NotFound },
        { "anonymous", "GET", $"/api/v1/schools/{TestApi.SchoolA}/summary", HttpStatusCode.Unauthorized },
        { "anonymous", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/cards", HttpStatusCode.Unauthorized },
        { "dinas", "GET", $"/api/v1/schools/{TestApi.SchoolA}/summary", HttpStatusCode.Forbidden },
        { "adminWilayah", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts/list", HttpStatusCode.Forbidden },

        { "dinas", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik", HttpStatusCode.Forbidden },
        { "dinas", "POST", $"/api/v1/schools/{TestApi.SchoolA}/accounts/{SampleSchools.LearnerUserId}/reset-password", HttpStatusCode.Forbidden },
        { "dinas", "GET", "/api/v1/audit", HttpStatusCode.Forbidden },

        { "adminWilayah", "GET", $"/api/v1/schools/{TestApi.SchoolA}/accounts?kind=peserta-didik", HttpStatusCode.Forbidden },
        { "adminWilayah", "GET", "/api/v1/audit", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_its_status(string who, string method, string path, HttpStatusCode expected)
    {
        var client = _api.Client(who == "anonymous" ? null : _tokens[who]);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        SampleSchools.Seed(_api.Schools);
        _tokens["operatorA"] = await _api.TokenAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        _tokens["operatorB"] = await _api.TokenAsync(TestApi.OperatorB, TestApi.OperatorBPassword);
        _tokens["pusdatin"] = await _api.TokenAsync(TestApi.PusdatinUser, TestApi.PusdatinPassword);
        _tokens["dinas"] = await _api.TokenAsync(TestApi.DinasUser, TestApi.DinasPassword);
        _tokens["adminWilayah"] = await _api.TokenAsync(TestApi.AdminWilayahUser, TestApi.AdminWilayahPassword);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();
}
